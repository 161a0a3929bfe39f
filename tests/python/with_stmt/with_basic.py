# Basic with statement: __enter__ result bound by as, __exit__ arguments, order of events.
log = []


class Managed:
    def __init__(self, name):
        self.name = name
        log.append('init ' + name)

    def __enter__(self):
        log.append('enter ' + self.name)
        return 'value of ' + self.name

    def __exit__(self, exc_type, exc_value, traceback):
        log.append('exit %s %s %r %s' % (self.name, exc_type, exc_value, traceback is None))
        return None

with Managed('a') as v:
    log.append('body got ' + v)
print(log)
log.clear()
with Managed('b'):
    log.append('body without as')
print(log)
log.clear()
m = Managed('c')
with m as first:
    pass
with m as second:
    pass
print(first == second, log)
log.clear()


class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print('exit args:', args[0].__name__ if args[0] else args[0], args[1], len(args))

with ReturnsSelf() as r:
    print(type(r).__name__)
try:
    with ReturnsSelf():
        raise IndexError('oops')
except IndexError as e:
    print('propagated', repr(e))


class ExitSeesTraceback:
    def __enter__(self):
        return None

    def __exit__(self, et, ev, tb):
        print('traceback present:', tb is not None, 'value is instance:', isinstance(ev, et))

try:
    with ExitSeesTraceback() as nothing:
        print('as target bound to', nothing)
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError propagated')
holder = {}
with Managed('d') as holder['key']:
    pass
print(holder)


class Obj:
    pass

obj = Obj()
with Managed('e') as obj.attr:
    pass
print(obj.attr)
items = [None, None]
with Managed('f') as items[1]:
    pass
print(items)
