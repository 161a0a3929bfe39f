# Set methods: union/intersection/difference/symmetric_difference with several iterables.
a = {1, 2, 3}
print(a.union({4}), a.union([5, 6], (7,), range(8, 10)))
print(a.intersection([2, 3, 4]), a.intersection({1, 2}, (2, 3)), a.intersection())
print(a.difference([1]), a.difference({1}, [2]), a.difference())
print(a.symmetric_difference([3, 4]), a.symmetric_difference(range(5)))
print(a.union(), a.union() is a, a)
f = frozenset('abc')
print(sorted(f.union('cd')), sorted(f.intersection('bcz')), type(f.union('x')).__name__)
print(sorted(f.difference('a')), sorted(f.symmetric_difference('ax')))
print(a.copy(), a.copy() is a, sorted(f.copy()))
print(a.isdisjoint({4, 5}), a.isdisjoint([3]), a.isdisjoint(''))
print(a.issubset([1, 2, 3, 4]), a.issubset({1, 2}), a.issuperset([1]), a.issuperset(range(4)))
print(set().issubset(a), a.issubset(a), a.issuperset(set()))
try:
    a.union(5)
except TypeError as e:
    print('TypeError:', e)
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print('TypeError:', e)
dup = [1, 2, 2, 3, 3, 3]
print(len(set(dup)), sorted(set(dup)))
seen = set()
unique_in_order = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique_in_order.append(x)
print(unique_in_order, seen)
print({1, 2, 3}.intersection({2, 3, 4}).union({9}).difference({3}))
