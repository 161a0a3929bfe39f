# Set and frozenset construction, displays, repr, len, duplicates, and set() from iterables.
print(set(), frozenset(), repr(set()), repr(frozenset()))
print({1, 2, 3}, {3, 2, 1}, {1, 1, 1})
print(set([4, 4, 5]), set('hello') == {'h', 'e', 'l', 'o'}, len(set('hello')))
print(set(range(5)), set((1, 2)), set({'a': 1, 'b': 2}) == {'a', 'b'})
print(frozenset([1, 2, 2]), frozenset(range(3)))
print(len({1, 2}), len(set()), len(frozenset('aab')))
print({1, 1.0, True}, {0, False, 0.0}, {1.5, 2.5})
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})
print({None}, {None, None}, len({None, 0, False, ''}))
print(type({1}).__name__, type(frozenset()).__name__, type(set()).__name__)
s = set([1, 2])
t = set(s)
t.add(3)
print(s, t, s is t)
f = frozenset(s)
print(f, set(f))
print({*[1, 2], *'ab', 3} == {1, 2, 3, 'a', 'b'})
print({x for x in ()} == set(), set() == frozenset(), {1} == frozenset({1}))
print(bool(set()), bool({0}), bool(frozenset()))
print(sorted({'b', 'a', 'c'}), sorted({3, -1, 2}), list(frozenset([7])))
print(repr({1, 2}), str({1}), repr(frozenset({1, 2})), str(frozenset({'x'})))
print({'a': 1} if set() else 'empty set is falsy')
print(set(x for x in range(3)), frozenset(x * 2 for x in range(3)))
try:
    set(5)
except TypeError as e:
    print('TypeError:', e)
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    set([{}])
except TypeError as e:
    print('TypeError:', e)
print(set([(1, [2])[0]]), {frozenset({1})})
