# Uncaught KeyError shows the repr of the missing key.
inventory = {'apples': 3, 'pears': 5}
for item in ['apples', 'pears']:
    print(item, inventory[item])
print('bananas', inventory['bananas'])
