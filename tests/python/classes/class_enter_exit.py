# __enter__/__exit__ on a user class: the with statement protocol as seen from the class.
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False

    def __enter__(self):
        print('enter', self.name)
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        self.open = False
        return False

r = Resource('db')
with r as handle:
    print(handle is r, r.open)
print(r.open)
with Resource('file'):
    print('body without as')
try:
    with Resource('bad'):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))


class Swallow:
    def __enter__(self):
        return 'entered value'

    def __exit__(self, et, ev, tb):
        return et is ValueError

with Swallow() as v:
    print(v)
    raise ValueError('ignored')
print('after swallow')
try:
    with Swallow():
        raise TypeError('not ignored')
except TypeError as e:
    print('TypeError:', e)


class NoEnter:
    def __exit__(self, *a):
        return False

try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
