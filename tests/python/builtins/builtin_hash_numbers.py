# hash() of ints, floats, bools and tuples of numbers.
for v in [0, 1, -1, -2, 2, 100, 10**18, 2**61 - 1, 2**61, 2**61 + 5, -(2**61), 2**64, 10**30, -10**30]:
    print(v, hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 2.5e-7, 1e100, float('inf'), float('-inf'), 123456.789]:
    print(v, hash(v))
print(hash(True), hash(False))
print(hash(1) == hash(1.0) == hash(True))
print(hash(2**61 - 1) == hash(0))
for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), (0.5, -1), ((1, 2), 3), (True, False)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)))
