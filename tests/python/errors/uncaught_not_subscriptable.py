# Uncaught TypeError: 'int' object is not subscriptable.
data = [1, [2, 3], 4]
print(data[1][0])
print(data[0][0])
