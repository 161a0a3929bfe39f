# raise ... from ...: __cause__, __context__ and __suppress_context__ values.
class LowLevel(Exception):
    pass


class HighLevel(Exception):
    pass


def load(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise HighLevel('cannot load %r' % key) from e

try:
    load('b')
except HighLevel as e:
    print('error:', e)
    print('cause:', repr(e.__cause__), type(e.__cause__).__name__)
    print('context:', repr(e.__context__))
    print('same object:', e.__cause__ is e.__context__)
    print('suppress:', e.__suppress_context__)

try:
    raise HighLevel('direct') from LowLevel('root cause')
except HighLevel as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise HighLevel('different cause') from LowLevel('explicit')
except HighLevel as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise HighLevel('cause is class') from LowLevel
except HighLevel as e:
    print(type(e.__cause__).__name__, e.__cause__.args)

try:
    try:
        int('x')
    except ValueError:
        raise HighLevel('hidden') from None
except HighLevel as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

e = HighLevel('fresh')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = LowLevel('set by hand')
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise HighLevel('bad') from 5
except TypeError as err:
    print('TypeError:', err)


def chain_depth(exc):
    depth = 0
    while exc is not None:
        depth += 1
        exc = exc.__cause__
    return depth

try:
    try:
        try:
            raise LowLevel('level 1')
        except LowLevel as a:
            raise HighLevel('level 2') from a
    except HighLevel as b:
        raise RuntimeError('level 3') from b
except RuntimeError as c:
    print(chain_depth(c), c.__cause__.__cause__)
    msgs = []
    cur = c
    while cur:
        msgs.append(str(cur))
        cur = cur.__cause__
    print(' <- '.join(msgs))
