# itertools.count, repeat and cycle, limited with islice, zip and explicit breaks.
from itertools import count, repeat, cycle, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)), list(islice(count(5, 3), 4)), list(islice(count(0, -2), 4)))
print(list(islice(count(1.5, 0.5), 4)), list(islice(count(2 ** 64), 2)))
print(list(zip(count(1), 'abc')))
print(list(repeat('x', 3)), list(repeat(7, 0)), list(islice(repeat(None), 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(cycle('AB'), 7)), list(islice(cycle([1, 2, 3]), 0)), list(cycle([])))
c = count()
print(next(c), next(c), next(c))
for i in count(100, 10):
    if i > 130:
        break
    print('count', i)
cyc = cycle(['red', 'green'])
print([next(cyc) for _ in range(5)])
print(list(zip(cycle('xy'), range(5))))
r = repeat([1])
first = next(r)
second = next(r)
print(first is second)
print(list(islice(zip(count(), cycle('ab'), repeat('-')), 4)))
