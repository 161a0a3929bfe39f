# Dict comprehensions: building, inverting, filtering, duplicate keys, nested values.
print({x: x * x for x in range(6)})
print({k: v for k, v in zip('abc', [1, 2, 3])})
d = {'a': 1, 'b': 2, 'c': 3, 'd': 2}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v > 1})
print({k.upper(): v * 10 for k, v in sorted(d.items(), reverse=True)})
print({x % 3: x for x in range(10)})
print({w: len(w) for w in 'to be or not to be'.split()})
print({i: [j for j in range(i)] for i in range(4)})
print({(x, y): x * y for x in range(2) for y in range(3)})
print({c: 'mississippi'.count(c) for c in 'mississippi'})
print({k: v for k, v in []}, type({k: v for k, v in []}).__name__)
print({str(i): i % 2 == 0 for i in range(4)})
print({x: None for x in 'aab'})
scores = {'ann': 90, 'bob': 72, 'cy': 85, 'dee': 60}
print({name: ('pass' if s >= 75 else 'fail') for name, s in scores.items()})
print({name: s for name, s in scores.items() if name != 'bob' and s > 60})
grouped = {k: [n for n in range(10) if n % 3 == k] for k in range(3)}
print(grouped)
inv = {}
for k, v in {n: n % 2 for n in range(5)}.items():
    inv.setdefault(v, []).append(k)
print(inv)
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested, nested[2][2])
print(dict(sorted({k: -v for k, v in scores.items()}.items(), key=lambda kv: kv[1])))
print({x: y for x, y in [(1, 'a'), (2, 'b'), (1, 'c')]})
