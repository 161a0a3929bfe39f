# A class without __init__ called with arguments: "A() takes no arguments".
class A:
    pass


class B:
    def __init__(self, a, b):
        pass

print(type(A()).__name__)
try:
    B()
except TypeError as e:
    print('TypeError:', e)
try:
    A(x=1)
except TypeError as e:
    print('TypeError:', e)
try:
    object(1)
except TypeError as e:
    print('TypeError:', e)
A(1)
