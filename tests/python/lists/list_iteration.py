# Iterating over lists while reading, enumerating and mutating copies.
xs = ['a', 'b', 'c']
for x in xs:
    print(x)
for i, x in enumerate(xs):
    print(i, x)
for i in range(len(xs)):
    xs[i] = xs[i] * 2
print(xs)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
evens = []
for n in range(10):
    if n % 2 == 0:
        evens.append(n * n)
print(evens)
pairs = [(1, 'one'), (2, 'two')]
for num, name in pairs:
    print(num, name)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
it = iter([1, 2, 3])
print(next(it))
for rest in it:
    print('rest', rest)
print(next(it, 'done'))
