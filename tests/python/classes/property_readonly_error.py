# Assigning to a property without a setter ends in the CPython AttributeError text.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return 3 * self._r ** 2

c = Circle(2)
print(c.radius, c.area)
c._r = 3
print(c.radius, c.area)
c.area = 10
