# __bool__ and __len__ drive truthiness in if/while/not/and/or and bool().
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print('  __bool__ called')
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Neither:
    pass


class BothDefs:
    def __bool__(self):
        return False

    def __len__(self):
        return 10

print(bool(Flag(True)), bool(Flag(False)))
if Flag(True):
    print('true branch')
print(not Flag(False))
print(Flag(False) or 'fallback')
r = Flag(True) and 'second'
print(r)
print(bool(Sized(0)), bool(Sized(3)), len(Sized(5)))
print(bool(Neither()), bool(BothDefs()), len(BothDefs()))
n = Sized(3)
while n:
    print('n is', n.n)
    n.n -= 1
print([x.n for x in [Sized(0), Sized(2), Sized(0), Sized(1)] if x])
print('yes' if Sized(0) else 'no', 'yes' if Sized(1) else 'no')
print(any([Sized(0), Sized(0)]), all([Sized(1), Sized(2)]))


class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)


class NegLen:
    def __len__(self):
        return -1

try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)


class StrLen:
    def __len__(self):
        return '3'

try:
    len(StrLen())
except TypeError as e:
    print('TypeError:', e)
try:
    len(Neither())
except TypeError as e:
    print('TypeError:', e)
