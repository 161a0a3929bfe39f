# Recursive generators for permutations, combinations, subsets, partitions and binary strings.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        yield []
        return
    for k in range(min(n, max_part), 0, -1):
        for p in partitions(n - k, k):
            yield [k] + p


def binary_strings(n):
    if n == 0:
        yield ''
    else:
        for s in binary_strings(n - 1):
            yield s + '0'
            yield s + '1'

print([''.join(p) for p in permutations('abc')])
print(len(list(permutations(list(range(6))))))
print(list(combinations([1, 2, 3, 4], 2)))
print(list(combinations('abcde', 3))[:4], len(list(combinations('abcde', 3))))
print(sorted(subsets([1, 2, 3])))
print(list(partitions(5)))
print(sum(1 for _ in partitions(15)))
print(list(binary_strings(3)))


def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

print(next(queens(8)), sum(1 for _ in queens(6)))
