# Binary arithmetic dunders: + - * / // % ** @ and their TypeErrors.
class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Num(%r)' % (self.v,)

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __truediv__(self, o):
        return Num(self.v / (o.v if isinstance(o, Num) else o))

    def __floordiv__(self, o):
        return Num(self.v // (o.v if isinstance(o, Num) else o))

    def __mod__(self, o):
        return Num(self.v % (o.v if isinstance(o, Num) else o))

    def __pow__(self, o):
        return Num(self.v ** (o.v if isinstance(o, Num) else o))

    def __divmod__(self, o):
        return (self // o, self % o)

a = Num(17)
b = Num(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** Num(2))
print(a + 1, a - 0.5, a * 2, a / 4, a // -5, a % -5, b ** 3)
print(divmod(a, b), divmod(a, 3))
print((a + b) * (a - b))
print(a + b + 1 + Num(100))
try:
    1 + a
except TypeError as e:
    print('TypeError:', e)
try:
    a & b
except TypeError as e:
    print('TypeError:', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)


class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Mat([[sum(x * y for x, y in zip(r, c)) for c in cols] for r in self.rows])

    def __repr__(self):
        return 'Mat(%r)' % (self.rows,)

m = Mat([[1, 2], [3, 4]])
i = Mat([[1, 0], [0, 1]])
print(m @ i, m @ m, i @ m @ m)
try:
    m @ 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    3 @ m
except TypeError as e:
    print('TypeError:', e)


class Str:
    def __init__(self, s):
        self.s = s

    def __add__(self, o):
        if isinstance(o, Str):
            return Str(self.s + o.s)
        return NotImplemented

    def __mul__(self, n):
        if isinstance(n, int):
            return Str(self.s * n)
        return NotImplemented

    def __repr__(self):
        return 'Str(%r)' % self.s

print(Str('ab') + Str('cd'), Str('xy') * 3)
try:
    Str('a') + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    Str('a') * 2.5
except TypeError as e:
    print('TypeError:', e)
try:
    Str('a') - Str('b')
except TypeError as e:
    print('TypeError:', e)
