# range objects: printing, len, indexing, in, slicing, iteration.
r = range(10)
print(r, len(r), r[0], r[-1], 5 in r, 10 in r)
print(range(0, 10, 2), list(range(0, 10, 2)))
print(range(5, 0, -1), list(range(5, 0, -1)))
print(range(3, 3), list(range(3, 3)), len(range(3, 3)))
print(range(-5, 5, 3), list(range(-5, 5, 3)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0, -10)))
print(range(1, 20, 4)[2], range(1, 20, 4)[-1])
print(range(10)[2:5], range(10)[::-1], range(10)[::3])
print(list(range(10)[1:8:2]))
print(range(0, 10**20, 10**19)[5], range(0, 10**20, 10**19)[-1], 10**19 * 3 in range(0, 10**20, 10**19))
print(3.0 in range(5), -1 in range(5), 'a' in range(5))
print(range(5) == range(0, 5), range(0) == range(5, 5), range(1, 4) == range(1, 5))
print(range(5).index(3), range(0, 20, 5).count(10))
print(repr(range(1, 2)), str(range(0, 1, 1)))
print(sum(range(100)), max(range(7)), min(range(3, 9)))
try:
    range(5)[5]
except IndexError as e:
    print('IndexError:', e)
try:
    range(0, 1, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(10, -1, -5):
    print(i)
print(list(range(-3)))
print(bool(range(0)), bool(range(1)))
