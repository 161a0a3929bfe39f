# Set operators | & - ^ between sets and frozensets, result types, chaining, augmented forms.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | b | {10}, a & b & {4}, a - b - {1}, a ^ b ^ {1, 5})
fa = frozenset(a)
print(fa | b, fa & b, type(fa | b).__name__, type(b | fa).__name__, type(fa & fa).__name__)
print(type(a - fa).__name__, type(fa ^ a).__name__)
print(a | set(), a & set(), set() - a, a ^ a, a - a)
c = set(a)
c |= {9}
print(c)
c &= {1, 9, 10}
print(c)
c -= {9}
print(c)
c ^= {1, 2}
print(c)
alias = c
alias |= {100}
print(c is alias, c)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
words1 = set('the quick brown fox'.split())
words2 = set('the lazy brown dog'.split())
print(sorted(words1 & words2), sorted(words1 - words2), sorted(words1 ^ words2))
print(sorted(set('abracadabra') - set('abc')))
try:
    a | [1]
except TypeError as e:
    print('TypeError:', e)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
try:
    a & 'ab'
except TypeError as e:
    print('TypeError:', e)
print({1, 2} | {2, 3} == {1, 2, 3}, {1, 2} & {3} == set())
print(len(set(range(100)) & set(range(50, 150))), len(set(range(100)) ^ set(range(50, 150))))
