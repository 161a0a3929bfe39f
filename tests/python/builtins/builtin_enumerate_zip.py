# enumerate (with start) and zip (uneven lengths).
for i, c in enumerate('abc'):
    print(i, c)
for i, c in enumerate('abc', 1):
    print(i, c)
for i, c in enumerate(['x', 'y'], start=-2):
    print(i, c)
print(list(enumerate([])))
print(list(enumerate(range(3), 100)))
print(list(zip([1, 2, 3], 'abc')))
print(list(zip([1, 2, 3], 'ab')))
print(list(zip('a', [1, 2, 3], (True, False))))
print(list(zip()))
print(list(zip([1, 2])))
print(list(zip([], [1])))
names = ['ann', 'bob', 'cy']
ages = [31, 25, 40]
for name, age in zip(names, ages):
    print(name, age)
print(dict(zip(names, ages)))
pairs = list(zip(names, ages))
unzipped = list(zip(*pairs))
print(unzipped)
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)))
for i, (a, b) in enumerate(zip('xy', 'pq')):
    print(i, a, b)
