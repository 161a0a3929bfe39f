# repr/str of numeric literal values in containers.
values = [0, -1, 255, 0x10, 1.5, -2.25, 1e100, 1e-100, 3.0, True, None]
print(values)
for v in values:
    print(repr(v), str(v), type(v).__name__)
print((1, 2.0, 'three'))
print([1.0, 2.50, 3.125])
print([0.1 * 3])
print([1/3, 2/3])
print([float('inf'), float('-inf')])
print({'pi': 3.14159, 'e': 2.71828})
print([10**30, -10**30])
print(str(12.0), str(12.5), str(-0.5))
