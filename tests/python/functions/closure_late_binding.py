# Closures capture variables, not values (late binding).
funcs = []
for i in range(4):
    funcs.append(lambda: i)
for f in funcs:
    print(f())
i = 'rebound'
for f in funcs:
    print(f())
fixed = []
for i in range(4):
    fixed.append(lambda i=i: i)
for f in fixed:
    print(f())
def make():
    fs = []
    for j in range(3):
        def g():
            return j * 10
        fs.append(g)
    j = 100
    return fs
for g in make():
    print(g())
def factory(n):
    return lambda: n
made = []
for k in range(3):
    made.append(factory(k))
for f in made:
    print(f())
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
