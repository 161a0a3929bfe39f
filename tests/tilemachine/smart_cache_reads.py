# The smart cache's known answers (SmartCacheIT): ten reads of one global, no writes after the
# module's own bindings, then ten alternating reads of two globals.
K = 1
A = 2
B = 3


def reads():
    s = 0
    for i in range(10):
        s = s + K
    return s


def alternate():
    s = 0
    for i in range(5):
        s = s + A
        s = s + B
    return s


print(reads(), alternate())
