# A method call site that sees more classes than the inline caches hold (the megamorphic
# path), before and after classes change: a method replaced, a base's method replaced under
# subclasses that inherit it, an instance attribute that shadows the method, keyword arguments
# and defaults through the same site.
class Base:
    def describe(self, x, scale=1):
        return ("base", self.k, x * scale)


classes = []
for k in range(12):
    def make(k):
        if k % 3 == 0:
            class C(Base):
                pass
        else:
            class C(Base):
                def describe(self, x, scale=2):
                    return ("own", self.k, x * scale)
        C.__name__ = "C%d" % k
        return C
    classes.append(make(k))

objects = []
for i in range(60):
    o = classes[i % 12]()
    o.k = i % 12
    objects.append(o)


def run(rounds):
    out = {}
    for _ in range(rounds):
        for o in objects:
            r = o.describe(1)
            out[r] = out.get(r, 0) + 1
            r = o.describe(x=2, scale=3)
            out[r] = out.get(r, 0) + 1
    return sorted(out.items())


print(run(50)[:4])
Base.describe = lambda self, x, scale=5: ("new base", self.k, x * scale)
print(run(2)[:4])
classes[1].describe = lambda self, x, scale=7: ("replaced", self.k, x * scale)
print([r for r in run(2) if r[0][0] == "replaced"][:2])
objects[0].describe = lambda x, scale=0: ("instance", x, scale)
print(run(1)[-1], objects[0].describe(4))
del classes[1].describe
print([r for r in run(1) if r[0][0] == "replaced"])
