# Uncaught TypeError: 'int' object is not callable (shadowed builtin).
print(max(3, 7))
max = 10
print('max is now', max)
print(max(1, 2))
