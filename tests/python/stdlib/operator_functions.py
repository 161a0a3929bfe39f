# operator module functions for arithmetic, comparison, logic, bitwise and sequence operations.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3.5), op.add('a', 'b'), op.mul('ab', 3))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}))
print(op.concat([1], [2]), op.concat('ab', 'cd'), op.contains([1, 2], 2), op.contains('abc', 'z'))
lst = [10, 20, 30]
print(op.getitem(lst, 1), op.getitem('hello', slice(1, 3)), op.getitem({'k': 'v'}, 'k'))
op.setitem(lst, 0, 'first')
print(lst)
op.delitem(lst, 1)
print(lst)
print(op.index(5), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2))
from functools import reduce
print(reduce(op.mul, range(1, 8)), reduce(op.or_, [1, 2, 4, 8]))
print(sorted([3, 1, 2], key=op.neg), list(map(op.add, [1, 2], [10, 20])))
for bad in [lambda: op.truediv(1, 0), lambda: op.add(1, 'a'), lambda: op.getitem([1], 5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
