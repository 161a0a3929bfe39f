# round() on floats with and without ndigits.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 1e15 + 0.5, 0.49999999999999994]:
    print(x, round(x))
for x in [2.675, 1.005, 0.125, 0.375, 3.14159, -3.14159, 1234.5678, 0.0005, 1.55, 1.45]:
    print(x, round(x, 0), round(x, 1), round(x, 2), round(x, 3))
for x in [1234.5678, 5555.5, 15.0, 25.0, -35.0]:
    print(x, round(x, -1), round(x, -2))
print(round(1e300, 2))
print(round(1.5e-300, 2))
print(round(123.456, 10))
print(round(-0.0))
print(round(0.5, 0))
print(round(-0.5, 0))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
print(round(float('inf'), 2), round(float('nan'), 2))
