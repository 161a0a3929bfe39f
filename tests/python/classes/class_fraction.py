# Operator overloading on a Fraction-like class: normalisation, arithmetic, comparison, hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError('Frac(%d, 0)' % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Frac._coerce(o) - self

    def __mul__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Frac._coerce(o) / self

    def __pow__(self, n):
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, o):
        o = Frac._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return 'Frac(%d, %d)' % (self.num, self.den)

    def __str__(self):
        return str(self.num) if self.den == 1 else '%d/%d' % (self.num, self.den)

a = Frac(1, 2)
b = Frac(3, 4)
print(a + b, a - b, a * b, a / b, -a, abs(Frac(-5, 10)), a ** 3, b ** -2)
print(1 + a, a + 1, 2 - a, 3 * b, 1 / b, b / 3)
print(repr(Frac(6, -8)), Frac(0, 5), Frac(10, 5), repr(Frac(10, 5)))
print(a == Frac(2, 4), a == 0.5, Frac(4, 2) == 2, a != b, a < b, b <= a, a > b, b >= b)
print(sorted([Frac(2, 3), Frac(1, 6), Frac(5, 4), Frac(-1, 2)]))
print(float(b), int(Frac(7, 2)), int(Frac(-7, 2)), bool(Frac(0)), bool(a))
print(hash(Frac(3)) == hash(3), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
total = sum(Frac(1, n) for n in range(1, 11))
print(total, float(total))
h = Frac(0)
for n in range(1, 30):
    h += Frac(1, n * (n + 1))
print(h)
print(max(Frac(1, 3), Frac(1, 4)), min([Frac(5, 3), Frac(3, 2)]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    a + 1.5
except TypeError as e:
    print('TypeError:', e)
print(f'{a!s} {a!r} {str(b):>6}|')
