# itertools.accumulate: running sums, custom functions, initial values, with operator functions.
from itertools import accumulate
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], min)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate('abc')))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)))
print(list(accumulate(range(1, 6), operator.mul, initial=1)))
print(list(accumulate([0.1] * 5)))
print(list(accumulate([[1], [2], [3]])))
balance = list(accumulate([100, -20, -30, 50, -120], initial=0))
print(balance, min(balance))
print(list(accumulate(range(10), lambda acc, x: acc + x if x % 2 else acc)))
fib = list(accumulate(range(10), lambda pair, _: (pair[1], pair[0] + pair[1]), initial=(0, 1)))
print([p[0] for p in fib])
