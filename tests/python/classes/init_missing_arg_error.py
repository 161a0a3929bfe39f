# Calling a class with too few __init__ arguments ends in the CPython TypeError text.
class A:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y

print(A(1).x, A(1, 3).y, A(y=5, x=4).x)
try:
    A(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    A(1, z=3)
except TypeError as e:
    print('TypeError:', e)
try:
    A(1, x=3)
except TypeError as e:
    print('TypeError:', e)
a = A()
print('not reached')
