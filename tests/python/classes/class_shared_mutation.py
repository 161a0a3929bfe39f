# Class-level state shared by instances: mutation through the class and through instances.
class Registry:
    items = []
    count = 0
    settings = {'mode': 'a'}

    def register(self, x):
        self.items.append(x)
        self.count += 1
        return len(self.items)

r1 = Registry()
r2 = Registry()
print(r1.register('x'), r2.register('y'), r1.register('z'))
print(Registry.items, r1.items is r2.items)
print(Registry.count, r1.count, r2.count)
Registry.settings['mode'] = 'b'
print(r1.settings, r2.settings)
r1.settings = {'mode': 'own'}
print(r1.settings, r2.settings, Registry.settings)
Registry.items = ['fresh']
print(r1.items, r2.items)
Registry.count = 50
print(r1.count, r2.count)


class Proper:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)

p1 = Proper()
p2 = Proper()
p1.add(1)
p2.add(2)
p2.add(3)
print(p1.items, p2.items)


def new_method(self):
    return 'added later: ' + str(len(self.items))

Proper.report = new_method
print(p1.report(), p2.report())
Proper.report = lambda self: 'lambda: ' + repr(self.items)
print(p1.report())
del Proper.report
print(hasattr(p1, 'report'))


class Config:
    level = 1

class Sub(Config):
    pass

s = Sub()
print(s.level, Sub.level)
Config.level = 2
print(s.level, Sub.level)
Sub.level = 3
print(s.level, Config.level)
del Sub.level
print(s.level)
setattr(Config, 'level', 9)
print(getattr(s, 'level'), Sub.level)
