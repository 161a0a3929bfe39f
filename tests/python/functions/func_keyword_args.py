# Keyword arguments and their ordering.
def box(width, height, depth=1, label='box'):
    return label + ':' + str(width) + 'x' + str(height) + 'x' + str(depth)
print(box(1, 2))
print(box(height=5, width=3))
print(box(1, 2, label='crate'))
print(box(1, depth=9, height=4))
print(box(width=1, height=2, depth=3, label='all kw'))
def show(**kw):
    return kw
print(show(b=1, a=2, c=3))
def order(first, second):
    print('first =', first, 'second =', second)
order(second='S', first='F')
