"""Sorting: list.sort/sorted with key= and reverse=, tuples, strings, stability, objects with __lt__."""
import harness


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 33


class Version:
    """Compared field by field through __lt__ only; sort must not need anything else."""

    def __init__(self, major, minor, patch):
        self.major = major
        self.minor = minor
        self.patch = patch

    def __lt__(self, other):
        if self.major != other.major:
            return self.major < other.major
        if self.minor != other.minor:
            return self.minor < other.minor
        return self.patch < other.patch

    def __eq__(self, other):
        return (self.major, self.minor, self.patch) == (other.major, other.minor, other.patch)

    def __repr__(self):
        return "%d.%d.%d" % (self.major, self.minor, self.patch)


class Employee:
    def __init__(self, name, dept, salary, ident):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.ident = ident


def digest(seq):
    acc = 0
    for x in seq:
        acc = (acc * 1000003 + x) % 2305843009213693951
    return acc


def merge_sort(items):
    """A hand-written merge sort, compared against the builtin."""
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def bench(n):
    rng = Lcg(2024)
    ints = [rng.next() % 1000000 for _ in range(n)]
    floats = [(rng.next() % 100000) / 64.0 - 500.0 for _ in range(n)]
    words = ["".join(chr(97 + rng.next() % 26) for _ in range(1 + rng.next() % 8)) for _ in range(n // 4)]
    results = []

    a = sorted(ints)
    results.append(digest(a[::97]))
    b = sorted(ints, reverse=True)
    results.append(int(b[0] == a[-1] and b[-1] == a[0]))
    c = ints[:]
    c.sort(key=lambda x: (x % 1000, -x))
    results.append(digest(c[::89]))
    # Already sorted and reversed inputs (runs), and many duplicates.
    d = a[:] + a[:n // 3]
    d.sort()
    e = [x % 17 for x in ints]
    e.sort(reverse=True)
    results.append(digest(d[::101]) ^ digest(e[::7]))

    f = sorted(floats, key=abs)
    results.append(int(f[0] * 64) * 1000000 + int(f[-1] * 64))

    g = sorted(words)
    h = sorted(words, key=len)  # stable: equal lengths stay in input order
    i = sorted(words, key=lambda w: (w[-1], len(w)), reverse=True)
    results.append(digest([len(w) for w in g[::13]]) + digest([ord(w[0]) for w in h[::11]]) +
                   digest([ord(w[-1]) for w in i[::17]]))
    results.append(len(g[0]) * 100 + len(g[-1]))

    pairs = [(x % 100, -(x % 7), x) for x in ints[:n // 2]]
    pairs.sort()
    results.append(digest([p[2] for p in pairs[::53]]))

    versions = [Version(rng.next() % 5, rng.next() % 20, rng.next() % 50) for _ in range(n // 4)]
    vs = sorted(versions)
    vm = merge_sort(versions)
    if vs != vm:
        raise AssertionError("merge sort disagrees with sorted")
    results.append(digest([v.major * 10000 + v.minor * 100 + v.patch for v in vs[::29]]))

    staff = [Employee("e%d" % k, "d%d" % (rng.next() % 12), rng.next() % 90000 + 10000, k) for k in range(n // 4)]
    staff.sort(key=lambda s: s.salary, reverse=True)
    staff.sort(key=lambda s: s.dept)  # stability keeps salaries descending within each department
    results.append(digest([s.ident for s in staff[::31]]))
    top = min(staff, key=lambda s: (s.dept, -s.salary))
    results.append(top.ident)

    return " ".join(str(r) for r in results) + " " + repr(vs[0]) + " " + repr(vs[-1])


harness.main(bench, 100000)
