# deque.rotate in both directions and bounded deques with maxlen dropping from the other end.
from collections import deque

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
print(d)
d.rotate(13)
print(d)
d.rotate(-6)
print(d)
e = deque()
e.rotate(5)
print(e)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
print(last3.maxlen, deque([1]).maxlen)
last3.appendleft('L')
print(last3)
last3.extend('xyz')
print(last3)
last3.extendleft([1, 2])
print(last3)
b = deque('abcdef', maxlen=4)
print(b, len(b))
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))


def tail(iterable, n):
    return list(deque(iterable, maxlen=n))

print(tail(range(100), 5), tail('hello world', 3), tail([], 2))


def moving_average(seq, n):
    window = deque(maxlen=n)
    out = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            out.append(sum(window) / n)
    return out

print(moving_average([40, 30, 50, 46, 39, 44], 3))
ring = deque('ABCDE')
order = []
while ring:
    ring.rotate(-2)
    order.append(ring.pop())
print(order)
try:
    deque(maxlen=-1)
except ValueError as e:
    print('ValueError:', e)
