"""The training run behind Tessera's AOT cache (scripts/toolchain.sh, ensure_runtime).

The JDK's AOT cache (JEP 483/515) keeps the classes this run loads and links, and the method
profiles it gathers, so that later runs start with them. Most of what it learns is about the Graal
compiler itself, which runs as ordinary Java here: a run that makes Truffle compile a variety of
Python code (calls, loops, objects, strings, dicts, generators, exceptions) warms the compiler's
own code paths. It is a generic workload, not the benchmarks.
"""
import json


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node

    def total(self):
        n, s = self, 0
        while n is not None:
            s += n.value
            n = n.next
        return s


class Shape:
    def area(self):
        raise NotImplementedError


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def vectors(n):
    acc = Vec(0.0, 0.0)
    for i in range(n):
        acc = acc + Vec(i * 0.5, -i * 0.25)
    return acc.dot(Vec(1.0, 2.0))


def linked(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head.total()


def shapes(n):
    items = [Square(i % 7) if i % 2 else Circle(i % 5) for i in range(n)]
    return sum(s.area() for s in items)


def words(n):
    counts = {}
    text = " ".join("w%d" % (i * 7 % 97) for i in range(n))
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]


def squares(n):
    for i in range(n):
        if i % 3:
            yield i * i


def closures(n):
    def adder(k):
        return lambda v: v + k
    fs = [adder(k) for k in range(10)]
    s = 0
    for i in range(n):
        s = fs[i % 10](s)
    return s


def errors(n):
    caught = 0
    for i in range(n):
        try:
            if i % 4 == 0:
                raise ValueError(i)
            caught += {i: 1}.get(i + 1, 0)
        except ValueError:
            caught += 1
    return caught


def records(n):
    data = [{"id": i, "name": "r%d" % i, "tags": ["a", "b"][: i % 3], "score": i / 3} for i in range(n)]
    return len(json.loads(json.dumps(data)))


def bigints(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a % 1000003


def matrix(n):
    m = [[(i * j) % 10 for j in range(n)] for i in range(n)]
    return sum(sum(m[i][k] * m[k][i] for k in range(n)) for i in range(n))


def main():
    results = []
    for round_ in range(40):
        results = [fib(18), vectors(3000), linked(3000), shapes(2000), words(2000), sum(squares(5000)),
                   closures(5000), errors(3000), records(200), bigints(500), matrix(30), "%.3f|%s|%r" % (1.5, round_, [1, (2,)])]
    print(results[0], len(results))


main()
