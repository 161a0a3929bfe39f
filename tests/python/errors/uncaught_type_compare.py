# Uncaught TypeError from comparing int and str while sorting.
items = [3, 1, 2]
items.sort()
print(items)
items.append('x')
print(items)
items.sort()
