# OverflowError messages.
tests = [
    ("float(10**400)", lambda: float(10**400)),
    ("10**400 / 1", lambda: 10**400 / 1),
    ("10**400 * 1.0", lambda: 10**400 * 1.0),
    ("int(float('inf'))", lambda: int(float('inf'))),
    ("round(float('inf'))", lambda: round(float('inf'))),
    ("1e308 * 10", lambda: 1e308 * 10),
]
for desc, thunk in tests:
    try:
        print(desc, '=', thunk())
    except OverflowError as e:
        print(desc, '->', type(e).__name__, e)
