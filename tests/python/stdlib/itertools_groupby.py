# itertools.groupby: consecutive groups, key functions, run-length encoding, sorted grouping.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([k for k, _ in groupby([1, 1, 2, 2, 2, 1, 3])])
print([(k, len(list(g))) for k, g in groupby('mississippi')])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, list(g)) for k, g in groupby(sorted(words), key=lambda w: w[0])])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda n: n % 2 == 0)])
print([(k, list(g)) for k, g in groupby(sorted(nums), key=lambda n: n > 4)])


def rle(s):
    return ''.join('%d%s' % (len(list(g)), k) for k, g in groupby(s))


def unrle(pairs):
    return ''.join(ch * n for n, ch in pairs)

print(rle('WWWWBBBWWCCCCCD'), rle(''), rle('x'))
print(unrle([(3, 'a'), (1, 'b')]))
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig')]
for kind, items in groupby(records, key=lambda r: r[0]):
    print(kind, [name for _, name in items])
groups = groupby('aabbb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(groupby([])))
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2])])
