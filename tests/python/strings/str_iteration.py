# Iterating over strings and building new ones.
s = 'Hello, World!'
vowels = 0
upper = 0
for ch in s:
    if ch in 'aeiouAEIOU':
        vowels += 1
    if ch.isupper():
        upper += 1
print(vowels, upper)
out = ''
for i, ch in enumerate(s):
    if i % 2 == 0:
        out += ch.upper()
    else:
        out += ch.lower()
print(out)
chars = list(s)
chars.reverse()
print(''.join(chars))
print(list('abc'))
print(tuple('xyz'))
for a, b in zip('abc', 'xyz'):
    print(a + b, end=' ')
print()
for ch in reversed('stressed'):
    print(ch, end='')
print()
print(sorted('banana'))
print(''.join(sorted('banana', reverse=True)))
it = iter('ab')
print(next(it), next(it), next(it, 'end'))
print(min('zebra'), max('zebra'))
print(sum(map(ord, 'abc')))
print(any(map(lambda c: c.isdigit(), 'ab1')), all(map(lambda c: c.isalpha(), 'ab1')))
