# Sorting by int and float keys (a machine-word fast path in Tessera): stability of equal keys,
# reverse=True keeping equal keys in input order, -0.0 equal to 0.0, infinities, word-edge ints,
# big ints and NaN falling back to the general comparison, sorted and reversed runs.
state = 11


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


pairs = [(rnd(20), i) for i in range(500)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first[:8], by_first[-4:])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:8])
print(sorted(pairs, key=lambda p: p[0] / 4 - 2.5, reverse=True)[:8])
zeros = [0.0, -0.0, 0.0, -0.0, -1e-300, 1e-300]
print([repr(z) for z in sorted(zeros)], [repr(z) for z in sorted(zeros, reverse=True)])
print(sorted([float("inf"), -1.5, float("-inf"), 2.5, -0.0, 1e308, -1e308]))
edges = [9223372036854775807, -9223372036854775808, 0, -1, 1, 4611686018427387904, -4611686018427387905]
print(sorted(edges), sorted(edges, reverse=True))
print(sorted(edges + [9223372036854775808, -9223372036854775809]))
print(sorted([3, 1.5, 2, 0.5, True, False]))
nan = float("nan")
print(sorted([2.0, nan, 1.0, 0.5]), sorted([nan, 3.0, 1.0], reverse=True))
runs = list(range(1000)) + list(range(500))
runs.sort()
print(runs[:5], runs[995:1005], runs[-3:])
desc = list(range(1000, 0, -1))
print(sorted(desc)[:5], sorted(desc, reverse=True)[:5])
floats = [rnd(100000) / 64.0 - 500.0 for _ in range(2000)]
f = sorted(floats, key=abs)
print(f[:5], f[-5:])
g = sorted(floats)
print(g == sorted(floats, key=lambda x: x), all(g[i] <= g[i + 1] for i in range(len(g) - 1)))
mixed_keys = sorted(range(30), key=lambda i: i if i % 2 else i * 0.5)
print(mixed_keys)
words = ["b", "\U0001f600", "\uffff", "a", "\ue000x", "\U00010000", "aa", "\ud7ff"]
print([hex(ord(w[0])) for w in sorted(words)])
latin = ["é" * (i % 4) + chr(97 + i % 3) for i in range(20)]
print(sorted(latin), sorted(latin, key=len, reverse=True)[:6])
