# Uncaught TypeError: unhashable type: 'list'.
seen = {}
for item in [(1, 2), 'x', [3, 4]]:
    seen[item] = True
    print('stored', item)
