"""Generator pipelines: chained generator functions, generator expressions, yield from, iterator classes."""
import harness


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scaled(source, k, m):
    for x in source:
        yield (x * k) % m


def only(predicate, source):
    for x in source:
        if predicate(x):
            yield x


def pairwise_sums(source):
    it = iter(source)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev + x
        prev = x


def chunks(source, size):
    chunk = []
    for x in source:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def take(n, source):
    for x in source:
        if n <= 0:
            return
        n -= 1
        yield x


def running_max(source):
    best = None
    for x in source:
        if best is None or x > best:
            best = x
        yield best


class Tree:
    __slots__ = ("key", "left", "right")

    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        node = self
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Tree(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Tree(key)
                    return
                node = node.right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.key
        if self.right is not None:
            yield from self.right


class Countdown:
    """An explicit iterator class (__iter__ / __next__) rather than a generator."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


def primes():
    found = []
    candidate = 2
    while True:
        is_prime = True
        for p in found:
            if p * p > candidate:
                break
            if candidate % p == 0:
                is_prime = False
                break
        if is_prime:
            found.append(candidate)
            yield candidate
        candidate += 1


def bench(n):
    # 1. A long chain of generator functions.
    pipeline = pairwise_sums(only(lambda x: x % 3 != 0, scaled(numbers(n), 7919, 100003)))
    total = 0
    count = 0
    for chunk in chunks(pipeline, 17):
        total = (total + sum(chunk) * len(chunk)) % 1000000007
        count += 1
    # 2. Generator expressions, nested and fed to builtins.
    squares = sum(x * x for x in range(n) if x & 1)
    biggest = max((x * 37) % 1009 for x in range(n // 2))
    anyall = (any(x > n for x in range(n // 4)), all(x >= 0 for x in range(n // 4)))
    grid = sum(i * j for i in range(200) for j in range(i % 50))
    # 3. Recursive yield from over a binary tree and over nested lists.
    root = Tree(n // 2)
    k = 1
    for i in range(n // 20):
        k = (k * 48271) % 2147483647
        root.insert(k % n)
    inorder = list(root)
    ordered = all(a <= b for a, b in zip(inorder, inorder[1:]))
    nested = [[i, [i + 1, [i + 2, i + 3]], []] for i in range(n // 50)]
    flat = sum(flatten(nested))
    # 4. Infinite generators cut short, iterator classes.
    prime_sum = sum(take(n // 100, primes()))
    peaks = list(running_max(scaled(Countdown(n // 10), 31, 997)))
    return "%d %d %d %d %s %d %d %s %d %d %d" % (total, count, squares, biggest, anyall, grid,
                                                 len(inorder), ordered, flat, prime_sum, peaks[-1])


harness.main(bench, 1200000)
