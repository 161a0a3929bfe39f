# Vector and matrix classes with operator overloading, equality, hashing and iteration.
class Vector:
    def __init__(self, *comps):
        self.comps = tuple(comps)

    def __repr__(self):
        return 'Vector%r' % (self.comps,)

    def __len__(self):
        return len(self.comps)

    def __iter__(self):
        return iter(self.comps)

    def __getitem__(self, i):
        return self.comps[i]

    def __add__(self, o):
        return Vector(*[a + b for a, b in zip(self, o)])

    def __sub__(self, o):
        return Vector(*[a - b for a, b in zip(self, o)])

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*[a * k for a in self])

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return sum(a * a for a in self) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vector) and self.comps == o.comps

    def __hash__(self):
        return hash(self.comps)

    def __bool__(self):
        return any(self.comps)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __repr__(self):
        return 'Matrix(%r)' % (self.rows,)

    def __str__(self):
        return '\n'.join(' '.join('%4s' % x for x in r) for r in self.rows)

    def __matmul__(self, o):
        if isinstance(o, Vector):
            return Vector(*[sum(a * b for a, b in zip(r, o)) for r in self.rows])
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __eq__(self, o):
        return self.rows == o.rows

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __pow__(self, n):
        result = Matrix.identity(len(self.rows))
        for _ in range(n):
            result = result @ self
        return result

v = Vector(1, 2, 3)
w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, -v, v * w)
print(abs(Vector(3, 4)), len(v), v[1], list(v), bool(Vector(0, 0)), bool(v))
print(v == Vector(1, 2, 3), v == w, v != w, {v: 'v'}[Vector(1, 2, 3)])
x, y, z = v
print(x, y, z, sum(v), max(w))
m = Matrix([[1, 2], [3, 4]])
print(m)
print(m @ m)
print(m @ Vector(1, 1))
print(repr(m.transpose()), repr(m + Matrix.identity(2)))
print(m ** 0 == Matrix.identity(2), repr(m ** 3))
fib = Matrix([[1, 1], [1, 0]])
print([(fib ** n).rows[0][1] for n in range(1, 15)])
rot = Matrix([[0, -1], [1, 0]])
p = Vector(1, 0)
for _ in range(4):
    p = rot @ p
    print(p, end=' ')
print()
