"""CPython stand-in for Tessera's built-in ``tiles`` module, so that CPython can make the
expected output of programs that use it (tests/python/generate puts this folder on PYTHONPATH).

The semantics are Tessera's: tasks run at once, one after another, in program order, on one
tile. Tessera's own module is built in, so it never imports this file.
"""


class Task:
    """What spawn() returns: result() gives what the task returned."""

    def __init__(self, value):
        self._value = value

    def result(self):
        return self._value


def map(f, xs, /):
    """f applied to each item of xs, one task per item, taking the items one at a time."""
    return [f(x) for x in xs]


def spawn(f, /, *args):
    """Runs f(*args) as a task and returns its handle."""
    return Task(f(*args))


def barrier():
    """Waits for every spawned task: they have all run already."""


def count():
    """The number of tiles: 1 without a modelled machine."""
    return 1
