# Assignment expressions (walrus) inside comprehensions bind in the enclosing scope.
def f(x):
    return x * x - 10

data = [1, 2, 3, 4, 5]
print([y for x in data if (y := f(x)) > 0])
print('y after comprehension:', y)
values = [last := v * 2 for v in range(4)]
print(values, last)
total = 0
print([total := total + v for v in range(1, 6)], total)
print({(r := x % 3): x for x in range(7)}, r)


def inside_function():
    found = [m for w in ['apple', 'kiwi', 'banana'] if len(m := w.upper()) > 4]
    return found, m

print(inside_function())


def any_with_witness(items):
    if any((hit := it) < 0 for it in items):
        return 'first negative: %d' % hit
    return 'none negative'

print(any_with_witness([3, 1, -4, -1]), any_with_witness([1, 2]))
lines = ['a=1', 'junk', 'b=22', 'c=']
parsed = [(k, v) for line in lines if (parts := line.split('=')) and len(parts) == 2 for k, v in [parts] if v]
print(parsed, parts)
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])


def chunked(it):
    buf = []
    return [buf[:] for x in it if (buf := buf + [x]) and len(buf) % 2 == 0]

print(chunked(range(6)))
n = 0
while (n := n + 1) < 4:
    print('loop n', n)
print('n ends at', n)
if (m := len(data)) > 3:
    print('list has', m, 'items')
