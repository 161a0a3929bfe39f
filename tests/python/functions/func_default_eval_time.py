# Defaults are evaluated once, at definition time.
counter = 0
def next_id():
    global counter
    counter += 1
    print('next_id called, counter =', counter)
    return counter
def make_thing(ident=next_id()):
    return ident
print('after def')
print(make_thing())
print(make_thing())
print(make_thing(99))
x = 10
def uses_x(v=x):
    return v
x = 20
print(uses_x(), x)
funcs = []
for i in range(3):
    def f(i=i):
        return i
    funcs.append(f)
for f in funcs:
    print(f())
