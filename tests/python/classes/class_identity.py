# Object identity: is / is not, object() instances, aliasing, identity vs equality.
class Box:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    __hash__ = None

a = Box(1)
b = Box(1)
c = a
print(a == b, a is b, a is c, a is not b, c is not a)
c.v = 2
print(a.v, a == b)
s1 = object()
s2 = object()
print(s1 is s2, s1 == s2, s1 != s2, s1 is s1)
print(type(s1).__name__, type(s1) is object)
SENTINEL = object()


def find(seq, target, default=SENTINEL):
    for x in seq:
        if x == target:
            return x
    if default is SENTINEL:
        return 'no default given'
    return default

print(find([1, 2], 3), find([1, 2], 3, None), find([1, 2], 2))
lst = [a, b]
print(a in lst, Box(1) in lst, Box(2) in lst, Box(3) in lst)
print(lst.index(b), [x is a for x in lst])
print(None is None, type(None)() is None)
t = (a, a)
print(t[0] is t[1])
d = {'k': a}
print(d['k'] is a)
fresh = [Box(0) for _ in range(3)]
print(fresh[0] is fresh[1], fresh[0] == fresh[1])
shared = [Box(0)] * 3
print(shared[0] is shared[1])
shared[0].v = 9
print([x.v for x in shared])


def ident(x):
    return x

print(ident(a) is a, (lambda: a)() is a)
x = object()
y = x
x = object()
print(x is y)
print(Box is Box, Box is not object, type(a) is type(b))
m1 = a.__eq__
print(m1(b), m1(Box(2)))
try:
    print(object() < object())
except TypeError as e:
    print('TypeError:', e)
o = object()
try:
    o.attr = 1
except AttributeError as e:
    print('AttributeError:', e)
