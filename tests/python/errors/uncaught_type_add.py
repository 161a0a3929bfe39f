# Uncaught TypeError: unsupported operand type(s).
count = 5
print('count is', count)
label = count + ' items'
print(label)
