# Basic float arithmetic and int/float mixing.
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(1.5 + 2)
print(2 - 0.5)
print(3 * 0.1)
print(0.1 * 3 == 0.3)
print(10 / 4)
print(1e308 + 1e308)
print(1e-308 / 1e10)
print(2.5 * 4)
print(type(2.5 * 4).__name__)
print(7.0 - 7)
print(-3.5 * -2)
print(1.0 / 3.0)
print(100.0 / 3)
total = 0.0
for i in range(10):
    total += 0.1
print(total)
print(total == 1.0)
x = 1.0
for i in range(50):
    x *= 1.5
print(x)
x = 1.0
for i in range(50):
    x /= 3
print(x)
print(1.5 ** 2)
print(2.0 ** 0.5)
print(10 ** -2)
print(2 ** 0.5 * 2 ** 0.5)
print(4.0 ** 0.5)
print(1e10 + 1)
print(1e16 + 1)
print(1e16 + 2)
print(123.456 - 0.456)
print(0.1 * 0.1)
print(1 - 0.9)
print(3.0 * 1.1)
v = 2.0
v += 1
v *= 1.5
v -= 0.25
v /= 2
print(v)
print(-(-1.5))
print(+1.5)
