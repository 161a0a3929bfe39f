# ZeroDivisionError messages for the different operators.
tests = [
    ('1 / 0', lambda: 1 / 0),
    ('1.0 / 0', lambda: 1.0 / 0),
    ('1 / 0.0', lambda: 1 / 0.0),
    ('1 // 0', lambda: 1 // 0),
    ('1.0 // 0', lambda: 1.0 // 0),
    ('1 % 0', lambda: 1 % 0),
    ('1.0 % 0', lambda: 1.0 % 0),
    ('1 % 0.0', lambda: 1 % 0.0),
    ('divmod(1, 0)', lambda: divmod(1, 0)),
    ('divmod(1.0, 0)', lambda: divmod(1.0, 0)),
    ('0.0 ** -1', lambda: 0.0 ** -1),
    ('0 ** -1', lambda: 0 ** -1),
    ('10**100 // 0', lambda: 10**100 // 0),
    ('True / False', lambda: True / False),
]
for name, f in tests:
    try:
        print(name, '=', f())
    except ZeroDivisionError as e:
        print(name, '->', type(e).__name__ + ':', e)
try:
    x = 5
    x /= 0
except ZeroDivisionError as e:
    print('augmented:', e)
try:
    x = 5
    x %= 0
except ZeroDivisionError as e:
    print('augmented:', e)
