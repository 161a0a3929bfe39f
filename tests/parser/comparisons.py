a = x < y
b = x < y <= z > w >= v == u != t
c = a in b
d = a not in b
e = a is b
f = a is not b
g = a < b is not c not in d
h = (a < b) < c
