# A generator expression as the sole call argument (no extra parentheses) and with others.
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums))
print(max(x % 5 for x in nums), min(-x for x in nums))
print(list(str(x) for x in nums if x > 3))
print(sorted(x for x in nums if x % 2))
print(''.join(chr(ord('a') + x) for x in nums))
print(any(x == 9 for x in nums), all(x < 10 for x in nums))
print(len(list(x for x in nums)))
print(set(x // 2 for x in nums))
print(tuple(x for x in 'abc'))
print(sum((x for x in range(4)), 100))
print(sorted((x for x in nums), reverse=True))
print(max((x for x in nums), key=lambda v: -v))
print(' '.join(w.capitalize() for w in 'generator expressions are neat'.split()))


def count(iterable):
    return sum(1 for _ in iterable)

print(count(c for c in 'mississippi' if c == 's'))


def first_two(a, b=None):
    return list(a)[:2], b

print(first_two(x * 3 for x in range(10)))
print(first_two((x for x in 'xyz'), b='named'))
print(dict((str(i), i) for i in range(3)))
print(enumerate(x for x in 'ab').__next__())
print(list(zip((x for x in range(3)), 'abc')))
print(min(abs(x - 4.5) for x in nums))
print(list(map(lambda p: p[0] + p[1], ((i, i) for i in range(4)))))
print(sum(sum(row) for row in [[1, 2], [3], []]))
