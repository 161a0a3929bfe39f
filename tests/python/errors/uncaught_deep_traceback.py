# Exception raised several frames deep; only the last stderr line is compared.
def a(n):
    print('a', n)
    return b(n - 1)
def b(n):
    print('b', n)
    return c(n - 1)
def c(n):
    print('c', n)
    if n < 0:
        return {}[n]
    return a(n - 1)
a(5)
