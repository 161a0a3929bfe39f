# Building an aligned table with mixed formatting styles.
rows = [('Widget', 4, 3.5), ('Gadget', 12, 10.0), ('Thingamajig', 1, 199.99), ('Nut', 1000, 0.05)]
print(f'{"Item":<12}{"Qty":>6}{"Price":>10}{"Total":>12}')
print('-' * 40)
grand = 0.0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<12}{qty:>6}{price:>10.2f}{total:>12,.2f}')
print('-' * 40)
print(f'{"TOTAL":<28}{grand:>12,.2f}')
print()
for name, qty, price in rows:
    print('%-12s%6d%10.2f' % (name, qty, price))
print()
for name, qty, price in rows:
    print('{:<12}{:>6d}{:>10.2f}'.format(name, qty, price))
print()
for i in range(0, 17, 4):
    print(f'{i:>3} {i:>5b} {i:>3o} {i:>3x} {i / 16:>6.1%}')
