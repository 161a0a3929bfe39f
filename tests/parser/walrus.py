if (n := len(a)) > 10:
    pass
while (chunk := read()):
    pass
x = [y := f(x), y ** 2]
z = {(k := 1): k}
print((w := 5))
v = [y for x in data if (y := f(x))]
