# __hash__ and __eq__: objects as dict keys and set members, unhashability rules.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return 'Key(%r, %r)' % (self.a, self.b)

d = {Key(1, 2): 'one-two', Key(3, 4): 'three-four'}
print(d[Key(1, 2)], d.get(Key(3, 4)), d.get(Key(5, 6), 'missing'))
print(Key(1, 2) in d, Key(2, 1) in d)
d[Key(1, 2)] = 'replaced'
print(len(d), d[Key(1, 2)])
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
print(hash(Key(1, 2)) == hash(Key(1, 2)), hash(Key(1, 2)) == hash((1, 2)))


class EqNoHash:
    def __eq__(self, other):
        return True

print(EqNoHash.__hash__ is None)
try:
    hash(EqNoHash())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqNoHash(): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    set([EqNoHash()])
except TypeError as e:
    print('TypeError:', e)


class Plain:
    pass

p = Plain()
q = Plain()
print(hash(p) == hash(p), p == q, p == p)
table = {p: 'p', q: 'q'}
print(table[p], table[q], len(table))


class ConstHash:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return self.v == other.v

print(hash(ConstHash(1)), len({ConstHash(1), ConstHash(2), ConstHash(1)}))


class Inherits(Key):
    pass

print(Inherits(1, 2) == Key(1, 2), d.get(Inherits(1, 2)))


class EqInSub(Key):
    def __eq__(self, other):
        return False

try:
    hash(EqInSub(1, 2))
except TypeError as e:
    print('TypeError:', e)


class ExplicitHash(Key):
    def __eq__(self, other):
        return True

    __hash__ = Key.__hash__

print(hash(ExplicitHash(0, 0)) == hash((0, 0)))


class BigHash:
    def __hash__(self):
        return 2 ** 70

print(hash(BigHash()) == hash(2 ** 70))


class BadHash:
    def __hash__(self):
        return 'nope'

try:
    hash(BadHash())
except TypeError as e:
    print('TypeError:', e)
