# Chained comparisons evaluate middle operands once.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < v(2) < 3)
print(calls)
calls.clear()
print(3 < v(2) < v(5))
print(calls)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 2)
print(5 > 4 >= 4 > 3)
print(1 == 1 == 1.0, 1 == 1 != 2)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 3 > 2)
print('a' < 'b' < 'c')
one = 1
nothing = None
print(one is not nothing is not False)
print(2 in [1, 2] in [[1, 2]])
print([] == [] is not None)
a = b = [1]
print(a is b is a)
