# A method resolving past the end of the MRO through super() ends in AttributeError.
class Base:
    def hello(self):
        return 'base hello'


class Child(Base):
    def hello(self):
        return 'child + ' + super().hello()

    def missing(self):
        return super().missing()

print(Child().hello())
print(Child().missing())
