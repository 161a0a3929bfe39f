# Generators consumed by for loops: break/continue/else, nested loops, enumerate/zip.
def numbers(n):
    for i in range(n):
        yield i

for i in numbers(4):
    print('i =', i)
for i in numbers(10):
    if i % 3:
        continue
    if i > 7:
        break
    print('multiple of 3:', i)
for i in numbers(3):
    pass
else:
    print('else after full loop, last i =', i)
for i in numbers(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
for a in numbers(3):
    for b in numbers(a):
        print(a, b, end='; ')
print()
for idx, (x, y) in enumerate(zip(numbers(3), numbers(10)), start=1):
    print(idx, x, y)
g = numbers(6)
for x in g:
    if x == 2:
        break
print('resume:', list(g))
g = numbers(6)
pairs = []
for x in g:
    pairs.append((x, next(g, None)))
print(pairs)


def words(text):
    word = ''
    for ch in text:
        if ch.isalpha():
            word += ch
        elif word:
            yield word
            word = ''
    if word:
        yield word

for w in words('Hello, generator world! 42 times'):
    print(w)
counts = {}
for w in words('a b a c b a'):
    counts[w] = counts.get(w, 0) + 1
print(counts)
total = 0
for n in (x * x for x in numbers(5)):
    total += n
print(total)
print([w.lower() for w in words('The Quick Brown')])
print(list(reversed(list(numbers(4)))))
print(sorted(words('pear apple fig'), key=len))
