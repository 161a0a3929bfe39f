# Calling callables kept in instance attributes: per-instance functions, builtins, bound methods,
# classes; shadowing a method; deleting the attribute; a data descriptor on the class winning.
class Op:
    def __init__(self, fn):
        self.fn = fn

    def fn_method(self):
        return "method"


ops = [Op(lambda a, b: a + b), Op(lambda a, b: a * b), Op(max), Op(pow), Op(divmod)]
for op in ops:
    t = 0
    for i in range(1, 50):
        r = op.fn(i, 3)
        t += r if isinstance(r, int) else sum(r)
    print(t)


class Holder:
    def run(self):
        return "class run"


h = Holder()
print(h.run())
h.run = lambda: "instance run"
print(h.run())
del h.run
print(h.run())
h.run = Holder().run
print(h.run())
h.run = list
print(h.run("ab"))
h.run = Op
print(type(h.run(len)).__name__)


class Callable:
    def __call__(self, x, y=10):
        return x + y


k = Op(Callable())
print([k.fn(i) for i in range(3)], k.fn(1, y=2))


def results():
    out = []
    for holder in [Op(abs), Op(str), Op(lambda x: -x)] * 3:
        out.append(holder.fn(-4))
    return out


print(results())


class Desc:
    def __get__(self, obj, owner=None):
        return lambda *a: "descriptor"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class Guarded:
    def __init__(self):
        self.fn = lambda: "own"


g = Guarded()
calls = []
for i in range(4):
    if i == 2:
        Guarded.fn = Desc()
    calls.append(g.fn())
print(calls)

try:
    Op(5).fn(1)
except TypeError as e:
    print("TypeError", e)
try:
    Op(len).fn()
except TypeError as e:
    print("TypeError", e)
