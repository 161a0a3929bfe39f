# Indexing and item assignment.
xs = [10, 20, 30, 40, 50]
for i in range(-5, 5):
    print(i, xs[i])
xs[0] = 'first'
xs[-1] = 'last'
print(xs)
xs[2] = [1, 2]
print(xs)
print(xs[2][1])
xs[2][0] = 99
print(xs)
for bad in [5, -6, 100]:
    try:
        print(xs[bad])
    except IndexError as e:
        print('IndexError:', e)
try:
    xs[5] = 0
except IndexError as e:
    print('IndexError:', e)
try:
    [][0]
except IndexError as e:
    print('IndexError:', e)
try:
    xs['0']
except TypeError as e:
    print('TypeError:', e)
try:
    xs[1.5]
except TypeError as e:
    print('TypeError:', e)
print(xs[True], xs[False])
