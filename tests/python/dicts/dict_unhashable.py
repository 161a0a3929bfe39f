# Unhashable keys raise TypeError.
d = {}
for bad in [[1, 2], {'a': 1}, (1, [2])]:
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(bad in d)
    except TypeError as e:
        print('TypeError:', e)
    try:
        d.get(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    x = {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([([1], 2)])
except TypeError as e:
    print('TypeError:', e)
print(d)
