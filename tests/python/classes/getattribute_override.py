# A class's own __getattribute__ sees every attribute read, before instance and class attributes.
class G:
    cls_attr = "class"

    def __init__(self):
        self.x = 1
        self.f = lambda: "own"

    def method(self):
        return "method"

    def __getattribute__(self, name):
        if name == "x":
            return 42
        if name == "f":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)


g = G()
for i in range(3):
    print(g.x, g.f(), g.method(), g.cls_attr, getattr(g, "x"), hasattr(g, "nope"))


class Fallback:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback:" + name


fb = Fallback()
fb.visible = 7
print(fb.visible, fb.secret_key, fb.other)


class Counting:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
        self.value = 5

    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return object.__getattribute__(self, name)

    def get(self):
        return self.value


c = Counting()
total = 0
for i in range(100):
    total += c.value + c.get()
print(total, c.reads)


class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)


try:
    Raising().anything
except KeyError as e:
    print("KeyError", e)


class Late:
    def __init__(self):
        self.v = 1


late = Late()
seen = []
for i in range(4):
    if i == 2:
        Late.__getattribute__ = lambda self, name: "late:" + name
    seen.append(late.v)
print(seen)
