a, *b = c
*a, b = c
[a, *b] = c
(a, *b), c = d
*a, = b
a, (b, *c), d = e
for *a, b in c: pass
