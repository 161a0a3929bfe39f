# del on names, items, slices and multiple targets.
a = 1
b = [1, 2, 3, 4, 5]
c = {'x': 1, 'y': 2}
del a
try:
    print(a)
except NameError as e:
    print('NameError:', e)
del b[1]
print(b)
del b[1:3]
print(b)
del c['x']
print(c)
p, q = 1, 2
del p, q
try:
    print(q)
except NameError as e:
    print('NameError:', e)
d = [1, 2, 3]
e = {'k': [1, 2]}
del d[0], e['k'][0]
print(d, e)
def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as err:
        return 'UnboundLocalError: ' + str(err)
print(f())
try:
    del undefined_name
except NameError as e:
    print('NameError:', e)
x = 10
del x
x = 20
print(x)
