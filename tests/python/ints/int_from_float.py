# int() of floats truncates toward zero; errors for inf and nan.
for x in [3.9, -3.9, 0.5, -0.5, 2.0, -2.0, 1e10, 1e20, 1.5e300, 0.0, -0.0, 123456.789]:
    print(x, int(x))
print(int(2**53 + 0.0))
print(int(float(2**63)))
print(int(1e22))
print(type(int(3.7)).__name__)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('-inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(int('7') + int(7.99))
