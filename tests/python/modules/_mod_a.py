"""Helper module A: constants, functions, a class and module-level state."""
VALUE = 42
NAMES = ['x', 'y']
_private = 'hidden'
counter = 0


def greet(name):
    return 'hello ' + name


def bump():
    global counter
    counter += 1
    return counter


def module_name():
    return __name__


class Thing:
    kind = 'thing'

    def __init__(self, n):
        self.n = n

    def describe(self):
        return '%s #%d from %s' % (self.kind, self.n, __name__)
