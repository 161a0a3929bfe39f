# An exception raised while handling another one.
try:
    print('dividing')
    1 / 0
except ZeroDivisionError:
    print('handling division error')
    [][0]
