# found by difffuzz (seed 7): float ** overflow is OverflowError(errno, strerror), two args
for base, exp in ((2.0, 5000), (10.0, 400), (-3.5, 1001)):
    try:
        print(base ** exp)
    except OverflowError as e:
        print(type(e).__name__, str(e), len(e.args), e.args)
