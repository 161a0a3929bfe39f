# Uncaught AttributeError on an int.
x = 10
print('checking attribute of', x)
print(x.foo)
