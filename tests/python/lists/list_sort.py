# sort and sorted with key and reverse.
xs = [5, 2, 9, 1, 5, 6, -3, 0]
ys = sorted(xs)
print(ys)
print(xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
print(xs.sort())
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True))
words.sort(key=lambda w: w[-1])
print(words)
print(sorted([3, 1, 2], reverse=False))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(sorted([[3, 1], [1, 2], [1, 1]]))
print(sorted([-5, 3, -1, 2], key=abs))
print(sorted('hello'))
print(sorted({'b': 1, 'a': 2}))
print(sorted([0.5, -1, 2, True]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError:', e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print('TypeError:', e)
print(sorted([]))
