# Single inheritance: overriding, inherited methods, calling the parent explicitly.
class Animal:
    legs = 4
    sound = '...'

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + ' says ' + self.sound

    def info(self):
        return '%s has %d legs' % (self.name, self.legs)


class Dog(Animal):
    sound = 'woof'


class Bird(Animal):
    legs = 2
    sound = 'tweet'

    def speak(self):
        return Animal.speak(self) + '!'


class Parrot(Bird):
    def __init__(self, name, words):
        Bird.__init__(self, name)
        self.words = words

    def speak(self):
        return Bird.speak(self) + ' ' + ' '.join(self.words)


for a in [Animal('generic'), Dog('rex'), Bird('tweety'), Parrot('polly', ['hello', 'there'])]:
    print(a.speak())
    print(a.info())

print(Dog.legs, Bird.legs, Parrot.legs)
print(Parrot.__bases__ == (Bird,), Bird.__bases__ == (Animal,), Animal.__bases__ == (object,))
print([c.__name__ for c in Parrot.__mro__])
Animal.legs = 6
print(Dog('d').info(), Parrot('p', []).info())
p = Parrot('x', ['a'])
print(isinstance(p, Animal), isinstance(p, Dog), type(p) is Parrot, type(p).__name__)
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot), issubclass(Dog, Dog))


class Base:
    def template(self):
        return '[' + self.hook() + ']'

    def hook(self):
        return 'base'


class Derived(Base):
    def hook(self):
        return 'derived'


class MoreDerived(Derived):
    pass

print(Base().template(), Derived().template(), MoreDerived().template())
print(MoreDerived.hook is Derived.hook)
