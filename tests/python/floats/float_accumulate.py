# Numerical loops whose exact float results must match bit-for-bit.
s = 0.0
for i in range(1, 1001):
    s += 1.0 / i
print(s)
s = 0.0
for i in range(1, 101):
    s += 1.0 / (i * i)
print(s)
p = 1.0
for i in range(1, 21):
    p *= i / 2.0
print(p)
x = 2.0
for i in range(6):
    x = (x + 2.0 / x) / 2.0
    print(i, x)
pi = 0.0
sign = 1.0
for k in range(1000):
    pi += sign * 4.0 / (2 * k + 1)
    sign = -sign
print(pi)
e = 0.0
f = 1.0
for k in range(1, 20):
    e += 1.0 / f
    f *= k
print(e)
t = 0.1
vals = []
for i in range(8):
    vals.append(t)
    t = t * 3.7 * (1 - t)
print(vals)
