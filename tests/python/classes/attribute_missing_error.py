# Reading a missing instance attribute ends in AttributeError with the class name.
class A:
    cls_attr = 1

    def __init__(self):
        self.x = 1

a = A()
print(a.x, a.cls_attr)
try:
    A.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    a.method()
except AttributeError as e:
    print('AttributeError:', e)
print(a.z)
