# math domain errors: caught messages for several functions, then an uncaught sqrt(-1).
import math

for name, fn in [('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)),
                 ('log(-5)', lambda: math.log(-5)), ('log10(0)', lambda: math.log10(0)),
                 ('log2(-1)', lambda: math.log2(-1)), ('acos(2)', lambda: math.acos(2)),
                 ('asin(-1.5)', lambda: math.asin(-1.5)), ('log(10, 1)', lambda: math.log(10, 1)),
                 ('pow(-8, 1/3)', lambda: math.pow(-8, 1 / 3)), ('pow(0, -1)', lambda: math.pow(0, -1)),
                 ('exp(1000)', lambda: math.exp(1000)), ('sin(inf)', lambda: math.sin(math.inf)),
                 ('atanh(1)', lambda: math.atanh(1)), ('acosh(0)', lambda: math.acosh(0))]:
    try:
        print(name, '=', fn())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, '->', type(e).__name__ + ':', e)
print(math.sqrt(4))
print(math.sqrt(-1))
