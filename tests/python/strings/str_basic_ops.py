# len, in, +, * and comparisons of strings.
a = 'hello'
b = 'world'
print(a + ' ' + b)
print(len(a + b))
print(a * 3)
print(3 * a)
print(a * 0, repr(a * -2))
print('ell' in a, 'xyz' in a, '' in a, '' in '')
print('h' not in a)
print(a == 'hello', a != 'hello', a == b)
print(a < b, a > b, 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'Z' < 'a')
print('' < 'a', 'a' <= 'a', 'b' >= 'a')
print('apple' < 'banana' < 'cherry')
print(sorted(['pear', 'Apple', 'banana', 'apple', 'Banana', '123', '']))
print(max('hello'), min('hello'))
print(max(['abc', 'abd', 'ab']))
s = ''
for i in range(5):
    s += str(i)
print(s)
s += 'x' * 3
print(s)
s *= 2
print(s)
print(len(''), len(' '), len('\n'))
print('abc' + '')
print('a' * 10)
print(('ab' + 'cd') * 2)
print(str(1) + str(2.5) + str(None) + str(True))
