# Generator pipelines: producer -> filter -> transform -> consumer, lazily interleaved.
def produce(lines):
    for line in lines:
        print('  produce', repr(line))
        yield line


def strip_comments(lines):
    for line in lines:
        if not line.lstrip().startswith('#'):
            yield line


def non_empty(lines):
    for line in lines:
        if line.strip():
            yield line.strip()


def parse(lines):
    for line in lines:
        key, _, value = line.partition('=')
        yield key.strip(), value.strip()

text = ['# config', 'name = tessera', '', 'cores=2', '   # indented comment', 'mode = fast  ']
pipe = parse(non_empty(strip_comments(produce(text))))
print('pipeline built, nothing produced yet')
first = next(pipe)
print('first:', first)
print('rest:', dict(pipe))


def integers():
    n = 1
    while True:
        yield n
        n += 1


def evens(nums):
    return (n for n in nums if n % 2 == 0)


def squared(nums):
    for n in nums:
        yield n * n


def limit(nums, max_value):
    for n in nums:
        if n > max_value:
            return
        yield n

print(list(limit(squared(evens(integers())), 500)))


def batch(items, size):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def running(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(batch(range(10), 4)))
print(list(running(sum(b) for b in batch(range(10), 3))))
words = 'the cat sat on the mat the end'.split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 2)
print(sum(long_ones))
stages = [lambda it: (x + 1 for x in it), lambda it: (x * 2 for x in it), lambda it: (x for x in it if x % 3)]
data = iter(range(10))
for stage in stages:
    data = stage(data)
print(list(data))
