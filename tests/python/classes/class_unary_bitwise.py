# Unary (__neg__, __pos__, __abs__, __invert__) and bitwise dunders (& | ^ << >>).
class Bits:
    def __init__(self, v, width=8):
        self.v = v & ((1 << width) - 1)
        self.width = width

    def __repr__(self):
        return 'Bits(%s)' % format(self.v, '0%db' % self.width)

    def __and__(self, o):
        return Bits(self.v & int(o), self.width)

    def __or__(self, o):
        return Bits(self.v | int(o), self.width)

    def __xor__(self, o):
        return Bits(self.v ^ int(o), self.width)

    def __lshift__(self, n):
        return Bits(self.v << n, self.width)

    def __rshift__(self, n):
        return Bits(self.v >> n, self.width)

    def __invert__(self):
        return Bits(~self.v, self.width)

    def __int__(self):
        return self.v

    def __rand__(self, o):
        return Bits(o & self.v, self.width)

    def __ror__(self, o):
        return Bits(o | self.v, self.width)

a = Bits(0b11001010)
b = Bits(0b10101010)
print(a, b)
print(a & b, a | b, a ^ b)
print(a << 1, a << 4, a >> 3, ~a, ~~a)
print(a & 0x0F, 0xF0 & a, 1 | Bits(6))
print(int(a), int(~b))
c = Bits(1)
c <<= 3
c |= 1
c ^= Bits(0xFF)
print(c)


class Signed:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Signed(-self.v)

    def __pos__(self):
        return Signed(+self.v if self.v >= 0 else self.v)

    def __abs__(self):
        return Signed(abs(self.v))

    def __invert__(self):
        return 'inverted %d' % self.v

    def __repr__(self):
        return 'S(%d)' % self.v

s = Signed(5)
print(-s, +s, abs(-s), ~s, -(-s), -s.v)
print([abs(Signed(x)) for x in (-3, 0, 3)])
try:
    -object()
except TypeError as e:
    print('TypeError:', e)
try:
    ~Bits
except TypeError as e:
    print('TypeError:', e)


class Flags:
    def __init__(self, names):
        self.names = frozenset(names)

    def __or__(self, o):
        return Flags(self.names | o.names)

    def __and__(self, o):
        return Flags(self.names & o.names)

    def __sub__(self, o):
        return Flags(self.names - o.names)

    def __bool__(self):
        return bool(self.names)

    def __repr__(self):
        return 'Flags(%s)' % '|'.join(sorted(self.names))

R = Flags(['read'])
W = Flags(['write'])
X = Flags(['exec'])
perm = R | W
print(perm, perm & W, bool(perm & X), perm - R, R | W | X)
