# Uncaught TypeError: 'int' object is not iterable.
for ch in 'ok':
    print(ch)
n = 5
for i in n:
    print(i)
