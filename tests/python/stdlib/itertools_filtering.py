# itertools.takewhile, dropwhile, filterfalse, compress, starmap and zip_longest (fillvalue).
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, zip_longest, count

data = [1, 4, 6, 4, 1, 8, 2]
print(list(takewhile(lambda x: x < 5, data)), list(dropwhile(lambda x: x < 5, data)))
print(list(takewhile(lambda x: x < 0, data)), list(dropwhile(lambda x: True, data)))
print(list(takewhile(lambda x: x * x < 50, count(1))))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(5), [True, False])))
print(list(compress('abc', (x > 0 for x in [0, 1, 2]))))
print(list(starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(starmap(lambda a, b: a + b, ['ab', 'cd'])))
print(list(starmap(max, [(1, 5, 3), (9, 2)])))
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(list(zip_longest([1, 2], [3], [4, 5, 6], fillvalue=0)), list(zip_longest()))
print(list(zip_longest('a', '')), dict(zip_longest('abc', [1, 2])))
lines = ['# header', '# more', 'data 1', '# not header', 'data 2']
print(list(dropwhile(lambda l: l.startswith('#'), lines)))
print(list(takewhile(str.isdigit, ['1', '22', 'x', '3'])))
