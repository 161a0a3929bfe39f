# Uncaught AssertionError without message.
def check(x):
    assert x > 0
    return x
print(check(1))
print(check(2))
print(check(-3))
