a = {}
b = {1: 2}
c = {1: 2, 3: 4,}
d = {**x}
e = {**x, 'k': v, **y}
f = {'a': [1, 2], 'b': {'c': None}}
g = {k: v for k, v in pairs}
