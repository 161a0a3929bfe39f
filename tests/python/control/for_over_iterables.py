# for over various iterables.
for x in [1, 'two', 3.0]:
    print(x)
for ch in 'hey':
    print(ch)
for t in (10, 20):
    print(t)
for k in {'a': 1, 'b': 2}:
    print(k)
for i in range(3, -4, -2):
    print(i)
for i, v in enumerate(['x', 'y'], start=1):
    print(i, v)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for v in map(lambda n: n * n, [1, 2, 3]):
    print(v)
for v in reversed([1, 2]):
    print(v)
for v in sorted([3, 1, 2]):
    print(v)
for v in filter(lambda n: n % 2, range(7)):
    print(v)
for i in range(2):
    pass
print('loop variable after loop:', i)
for i in []:
    pass
print('unchanged after empty loop:', i)
for x in [[1, 2], [3, 4]]:
    x.append(0)
    print(x)
