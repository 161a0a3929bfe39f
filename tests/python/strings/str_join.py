# str.join over lists, tuples, strings and other iterables.
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y', 'z']))
print(' - '.join(('one', 'two')))
print('-'.join('abc'))
print('+'.join([]))
print('+'.join(['single']))
print(', '.join(map(str, [1, 2, 3])))
print('\n'.join(['line1', 'line2']))
print('|'.join(reversed(['a', 'b', 'c'])))
print('.'.join(sorted(['c', 'a', 'b'])))
d = {'k1': 1, 'k2': 2}
print(';'.join(d))
print('😀'.join(['a', 'b']))
try:
    print(','.join([1, 2]))
except TypeError as e:
    print('TypeError:', e)
try:
    print(','.join(['a', None]))
except TypeError as e:
    print('TypeError:', e)
words = []
for i in range(5):
    words.append('w' + str(i))
print(' '.join(words))
print(''.join(words)[::-1])
