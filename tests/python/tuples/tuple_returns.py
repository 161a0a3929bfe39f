# Functions returning tuples; tuples as records; zip-based transposition.
def min_max_avg(xs):
    lo = hi = xs[0]
    total = 0
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        total += x
    return lo, hi, total / len(xs)
print(min_max_avg([3, 1, 4, 1, 5, 9, 2, 6]))
lo, hi, avg = min_max_avg([10, -10])
print(lo, hi, avg)
stats = min_max_avg([7])
print(stats[0], stats[-1], len(stats))
people = [('Ann', 31, 'Oslo'), ('Bob', 25, 'Rome'), ('Cy', 40, 'Oslo'), ('Di', 25, 'Lima')]
for name, age, city in sorted(people, key=lambda p: (p[1], p[0])):
    print(f'{name:<4}{age:>3} {city}')
oldest = max(people, key=lambda p: p[1])
print(oldest)
names, ages, cities = zip(*people)
print(names, ages, cities)
print(sum(ages) / len(ages))
def divmod_all(pairs):
    out = ()
    for a, b in pairs:
        out += (divmod(a, b),)
    return out
print(divmod_all([(7, 2), (-7, 2), (100, 7)]))
point = (3, 4)
moved = (point[0] + 1, point[1] - 1)
print(point, moved, point < moved)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), nested[::-1])
print(tuple(reversed(point)), tuple(sorted((3, 1, 2))))
