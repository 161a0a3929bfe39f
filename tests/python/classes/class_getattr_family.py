# getattr/setattr/hasattr/delattr with defaults, on instances and classes; callable().
class Thing:
    color = 'red'

    def __init__(self):
        self.size = 3

    def method(self):
        return 'called'

t = Thing()
print(getattr(t, 'size'), getattr(t, 'color'), getattr(t, 'weight', 'none'))
print(getattr(Thing, 'color'), getattr(Thing, 'size', 'no size on class'))
print(hasattr(t, 'size'), hasattr(t, 'weight'), hasattr(Thing, 'method'))
setattr(t, 'weight', 10)
print(t.weight, hasattr(t, 'weight'))
name = 'dyn_' + 'attr'
setattr(t, name, [1, 2])
print(getattr(t, name), t.dyn_attr)
delattr(t, 'weight')
print(hasattr(t, 'weight'), getattr(t, 'weight', None))
print(getattr(t, 'method')())
m = getattr(t, 'method')
print(m())
setattr(Thing, 'color', 'blue')
print(t.color)
delattr(Thing, 'color')
print(hasattr(t, 'color'))
try:
    getattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(t, 5)
except TypeError as e:
    print('TypeError:', e)
print(getattr(5, 'real'), getattr('abc', 'upper')())
print(hasattr([], 'append'), hasattr([], 'push'))
for attr in ['size', 'method', 'nothing', '__init__', '__class__']:
    print(attr, hasattr(t, attr))

print(callable(t), callable(Thing), callable(t.method), callable(len), callable(lambda: 0))
print(callable(1), callable('x'), callable(None), callable([]))


class WithCall:
    def __call__(self):
        return 'instance called'

w = WithCall()
print(callable(w), w())
values = {'a': 1}
for key in ['x', 'y']:
    setattr(w, key, values.get(key, key * 2))
print(w.x, w.y)
