# deque.rotate by every amount, either way round, on deques whose ring has wrapped, full bounded
# deques, and what append/appendleft/pop/indexing see afterwards.
from collections import deque

for size in (1, 2, 5, 8, 9):
    for n in range(-2 * size - 1, 2 * size + 2):
        d = deque(range(size))
        d.appendleft(-1)
        d.popleft()
        d.rotate(n)
        r = list(range(size))
        k = n % size
        assert list(d) == r[-k:] + r[:-k] if k else r, (size, n, list(d))
    print(size, "ok")

ring = deque(range(10), maxlen=10)
trail = []
for i in range(40):
    ring.rotate(i % 9 - 4)
    ring.append(100 + i)
    ring.appendleft(ring.pop())
    trail.append(ring[0] + ring[-1] + ring[5])
print(list(ring), len(ring), ring.maxlen)
print(trail)
w = deque()
for i in range(20):
    w.append(i)
    if i % 3 == 0:
        w.popleft()
    w.rotate(-7)
print(list(w), w[0], w[-1], bool(w), bool(deque()))
