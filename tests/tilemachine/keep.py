# 10,000 objects stay reachable from a global while garbage forces collections.
class Obj:
    def __init__(self, i):
        self.i = i

keep = [Obj(i) for i in range(10000)]
for r in range(300):
    junk = [Obj(j) for j in range(100)]
print(len(keep), sum(o.i for o in keep))
