# len() of all sized builtin values.
print(len(''), len('abc'), len('😀é'), len('\n'))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({'a': 1, 'b': 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(range(-10, 10, 7)))
print(len('a' * 1000), len([0] * 123), len(str(2**100)))
d = {}
for i in range(50):
    d[i % 7] = i
print(len(d))
for bad in [5, 2.5, None, True]:
    try:
        len(bad)
    except TypeError as e:
        print('TypeError:', e)
