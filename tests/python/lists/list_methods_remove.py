# pop, remove, clear.
xs = list(range(10))
print(xs.pop())
print(xs.pop(0))
print(xs.pop(3))
print(xs.pop(-2))
print(xs)
xs.remove(5)
print(xs)
ys = [1, 2, 1, 2, 1]
ys.remove(1)
print(ys)
ys.remove(2)
print(ys)
try:
    ys.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
zs = [1, 2, 3]
zs.clear()
print(zs, len(zs))
ws = [1, 1.0, True]
ws.remove(True)
print(ws)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print('popped', stack.pop())
queue = ['a', 'b', 'c']
while queue:
    print('dequeued', queue.pop(0))
