# Set comparisons: subset/superset operators, equality across set/frozenset, non-total order.
a = {1, 2}
b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a > b, a >= b)
print(a < a, a <= a, a == {2, 1}, a != b)
c = {3, 4}
print(a < c, a > c, a == c, a <= c, c >= a)
print(sorted([{1, 2}, {1}, {3}], key=len))
print(frozenset({1}) == {1}, {1} == frozenset({1}), frozenset() < {0}, {0} > frozenset())
print(set() < {1}, set() <= set(), set() < set())
print({1, 2} == [1, 2], {1} != (1,))
try:
    {1} < [1, 2]
except TypeError as e:
    print('TypeError:', e)
print(min([{1, 2, 3}, {1}, {1, 2}], key=len), max([{1, 2}, {4}, {5, 6, 7}], key=len))
print({1.0, 2.0} == {1, 2}, {True} == {1})
x = {'a', 'b', 'c'}
y = {'a', 'b'}
print(y < x, y.issubset(x), x.issuperset(y), x - y == {'c'})
print([s <= {1, 2, 3} for s in [set(), {1}, {1, 4}, {1, 2, 3}]])
