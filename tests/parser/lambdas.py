f = lambda: 0
g = lambda x: x
h = lambda x, y=1: x + y
i = lambda *args, **kwargs: args
j = lambda a, /, b, *, c: a
k = lambda *, a=1, b: a
l = lambda a=1, *b, c=2, **d: a
m = lambda: lambda: 1
n = lambda x=lambda: 1: x
