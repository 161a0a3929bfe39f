# % and // on floats with negative operands.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5.0, 2.5), (-5.0, 2.5), (0.5, 0.2),
         (1.0, 0.1), (-1.0, 0.3), (10, 3.0), (-10, 3.0), (1e20, 3.0), (3.0, 1e20), (-3.0, 1e20)]
for a, b in pairs:
    print(a, b, a // b, a % b)
print(-0.0 % 5)
print(0.0 % -5)
print(6.0 % 3)
print(-6.0 % 3)
print(6.0 % -3)
print(divmod(-7.5, 2))
print(divmod(7.5, -2))
print(5.5 // 1)
print(-5.5 // 1)
print(type(7 // 2.0).__name__)
print(float('inf') // 3 == float('inf') // 3)
print(3 % float('inf'))
print(-3 % float('inf'))
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
