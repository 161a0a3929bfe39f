# Reflected (__radd__, __rmul__, ...) and in-place (__iadd__, ...) operators and fallbacks.
class V:
    def __init__(self, *c):
        self.c = list(c)

    def __repr__(self):
        return 'V' + repr(tuple(self.c))

    def __add__(self, o):
        print('  __add__')
        if isinstance(o, V):
            return V(*[a + b for a, b in zip(self.c, o.c)])
        if isinstance(o, (int, float)):
            return V(*[a + o for a in self.c])
        return NotImplemented

    def __radd__(self, o):
        print('  __radd__')
        return self + o

    def __mul__(self, k):
        print('  __mul__')
        if isinstance(k, (int, float)):
            return V(*[a * k for a in self.c])
        return NotImplemented

    def __rmul__(self, k):
        print('  __rmul__')
        return self * k

    def __rsub__(self, o):
        print('  __rsub__')
        return V(*[o - a for a in self.c])

    def __iadd__(self, o):
        print('  __iadd__')
        if isinstance(o, V):
            for i, b in enumerate(o.c):
                self.c[i] += b
            return self
        return NotImplemented

    def __rtruediv__(self, o):
        return V(*[o / a for a in self.c])

    def __rpow__(self, base):
        return V(*[base ** a for a in self.c])

v = V(1, 2)
print(v + V(10, 20))
print(v + 1)
print(1 + v)
print(3 * v)
print(v * 3)
print(10 - v)
print(12 / V(3, 4), 2 ** V(3, 4))
print(sum([V(1, 1), V(2, 2), V(3, 3)]))
w = v
w += V(5, 5)
print(w, v, w is v)
w += 100
print(w, v, w is v)
x = V(1, 2)
x *= 2
print(x)


class Left:
    def __add__(self, o):
        return 'Left.__add__'


class Right:
    def __radd__(self, o):
        return 'Right.__radd__'


class RightSub(Left):
    def __radd__(self, o):
        return 'RightSub.__radd__'

print(Left() + Right(), 5 + Right(), Left() + RightSub(), RightSub() + Left())
try:
    Right() + Left()
except TypeError as e:
    print('TypeError:', e)


class Both:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return 'radd(%s)' % o

print(2 + Both(1))
try:
    Both(1) + Both(2)
except TypeError as e:
    print('TypeError:', e)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return OnlyAdd(self.n + o)

o = OnlyAdd(1)
o2 = o
o += 5
print(o.n, o2.n, o is o2)
lst = [1]
lst2 = lst
lst += [2]
print(lst2, lst is lst2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __isub__(self, x):
        self.items.remove(x)
        return self

    def __imul__(self, k):
        self.items = self.items * k
        return self

a = Acc()
a += 'x'
a += 'y'
a -= 'x'
a *= 3
print(a.items)


class IaddReturnsOther:
    def __iadd__(self, o):
        return 'replaced'

z = IaddReturnsOther()
z += 1
print(z)
