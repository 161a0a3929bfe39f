# Chained assignment, swaps, augmented assignment on names.
a = b = c = 7
print(a, b, c)
a = b = []
a.append(1)
print(a, b, a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y = x + y, x * y
print(x, y)
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 2
print(n)
n /= 4
print(n)
n //= 2
print(n)
n **= 3
print(n)
n %= 7
print(n)
m = 6
m &= 3
print(m)
m |= 8
print(m)
m ^= 15
print(m)
m <<= 2
print(m)
m >>= 1
print(m)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2,)
print(t)
i = j = 0
i += 1
print(i, j)
lst = [0, 0]
k = 0
k, lst[k] = 1, 5
print(k, lst)
p = [1, 2, 3]
p[0], p[2] = p[2], p[0]
print(p)
