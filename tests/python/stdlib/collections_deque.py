# collections.deque: append/appendleft/pop/popleft/extend/extendleft, indexing, iteration, repr.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), d[0], d[-1], d[1])
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
print(d)
d.extendleft('ab')
print(d)
d[0] = 'B'
print(d, d.index(3), d.count(3), 3 in d, 99 in d)
print(list(d), list(reversed(d)), [x for x in d if isinstance(x, int)])
d.remove('a')
print(d)
d.insert(1, 'ins')
print(d)
del d[0]
print(d)
d.reverse()
print(d)
c = d.copy()
c.append('copy only')
print(d, c)
d.clear()
print(d, len(d))
try:
    d.pop()
except IndexError as e:
    print('IndexError:', e)
try:
    d.popleft()
except IndexError as e:
    print('IndexError:', e)
try:
    deque([1])[5]
except IndexError as e:
    print('IndexError:', e)
q = deque('hello')
print(q, repr(q), str(q))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) + deque([2]))
print(deque(range(3)) * 2, deque(x * 2 for x in range(5)))
queue = deque()
for job in ['a', 'b', 'c']:
    queue.append(job)
done = []
while queue:
    job = queue.popleft()
    done.append(job)
    if job == 'a':
        queue.append('a2')
print(done)
print(deque([[1], [2]]), deque([deque([1])]), deque(['x'], 3))
