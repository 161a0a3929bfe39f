# __exit__ returning a true value suppresses the exception; false values let it propagate.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False

s = Suppress(KeyError, ZeroDivisionError)
with s:
    {}['missing']
    print('not reached')
with s:
    1 / 0
with s:
    print('no exception')
print(s.caught)
try:
    with s:
        raise ValueError('not in list')
except ValueError as e:
    print('ValueError propagated:', e)
with Suppress(LookupError) as sup:
    [][0]
print('IndexError suppressed via LookupError:', sup.caught)


class Truthy:
    def __init__(self, ret):
        self.ret = ret

    def __enter__(self):
        return self

    def __exit__(self, *a):
        return self.ret

for ret in [1, 'yes', [0], 0, '', None, []]:
    try:
        with Truthy(ret):
            raise TypeError('x')
        print(repr(ret), '-> suppressed')
    except TypeError:
        print(repr(ret), '-> propagated')


def func_with_suppress():
    with Suppress(ValueError):
        int('bad')
        return 'not returned'
    return 'returned after suppressed with'

print(func_with_suppress())
total = 0
for v in ['1', 'x', '3', None, '5']:
    with Suppress(ValueError, TypeError):
        total += int(v)
print(total)
