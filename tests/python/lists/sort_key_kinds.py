# list.sort over keys that are all of one kind (ints, floats, strings, instances of one class
# with __lt__) and over mixtures: the same order, stability and errors as CPython.
class V:
    calls = 0

    def __init__(self, a, tag):
        self.a = a
        self.tag = tag

    def __lt__(self, other):
        V.calls += 1
        return self.a < other.a

    def __repr__(self):
        return "V(%r,%r)" % (self.a, self.tag)


class OnlyGt:
    def __init__(self, a):
        self.a = a

    def __lt__(self, other):
        return NotImplemented

    def __gt__(self, other):
        return self.a > other.a

    def __repr__(self):
        return "G%d" % self.a


class NoOrder:
    def __lt__(self, other):
        return NotImplemented


class Boom:
    def __init__(self, a):
        self.a = a

    def __lt__(self, other):
        if self.a == 3 or other.a == 3:
            raise ValueError("boom at 3")
        return self.a < other.a


state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


ints = [rnd(50) for _ in range(300)]
print(sorted(ints)[:10], sorted(ints, reverse=True)[:10])
floats = [rnd(1000) / 7 - 50 for _ in range(300)]
print(sorted(floats)[:3], sorted(floats, key=lambda f: -f)[:3])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([nan, 2.0, 1.0]))
words = ["".join(chr(97 + rnd(5)) for _ in range(1 + rnd(3))) for _ in range(200)]
print(sorted(words)[:8], sorted(words, key=len)[:8], sorted(["\uffff", "\U0001F600", "a", "\u00e9"]))
vs = [V(rnd(10), i) for i in range(100)]
s = sorted(vs)
print(s[:6], all(s[i].a <= s[i + 1].a for i in range(99)))
print([v.tag for v in sorted(vs, reverse=True)][:10])
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([Boom(i) for i in (5, 1, 3, 2)])
except ValueError as e:
    print("ValueError", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
print(sorted([True, 0, 2, False, 1.5, -1]), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(sorted([10 ** 30, 5, -10 ** 20, 3]), sorted([V(1, "x")]), sorted([]))
