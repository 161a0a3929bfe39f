# itertools.chain, chain.from_iterable and islice with start/stop/step on many iterables.
from itertools import chain, islice

print(list(chain([1, 2], (3,), 'ab', range(2), {'k': 0})))
print(list(chain()), list(chain([])), list(chain('', [], ())))
print(list(chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable((x, -x) for x in range(1, 4))))
print(''.join(chain('abc', 'def')))
print(sum(chain(range(5), range(5))), max(chain([1], [9], [3])))
print(list(islice('abcdefg', 3)), list(islice('abcdefg', 2, 5)), list(islice('abcdefg', 1, None, 2)))
print(list(islice(range(100), 10, 50, 10)), list(islice([1, 2, 3], 10)), list(islice([1, 2], 0)))
print(list(islice('abcdef', None, None, 3)), list(islice('abc', 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), list(it))
gen = (x * x for x in range(10))
print(list(islice(gen, 2, 4)), next(gen))
for bad in [lambda: islice('abc', -1), lambda: islice('abc', 0, 2, 0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError:', e)
nested = [[1, [2]], [3]]
print(list(chain(*nested)))
c = chain([1], [2])
print(next(c), next(c), next(c, 'end'))
