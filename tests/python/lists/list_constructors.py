# list() from various iterables and list(range).
print(list())
print(list(range(5)))
print(list(range(2, 10, 3)))
print(list(range(10, 0, -2)))
print(list('hello'))
print(list((1, 2, 3)))
print(list({'a': 1, 'b': 2}))
print(list({'a': 1}.items()))
print(list(enumerate('ab')))
print(list(zip([1, 2], 'xy')))
print(list(map(abs, [-1, -2])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(reversed([1, 2, 3])))
original = [1, 2]
copy = list(original)
print(copy == original, copy is original)
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
print(list(iter([7, 8])))
print(list(''))
