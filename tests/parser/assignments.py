a = 1
a = b = c = 2
a, b = 1, 2
(a, b) = c
[a, b] = c
a, = b
a.b = 1
a[0] = 1
a[1:2] = b
(a) = 1
x = y = (z := 1)
x = yield_value = 1
