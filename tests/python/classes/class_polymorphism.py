# Polymorphism: duck typing, overridden methods dispatched through a common interface.
class Employee:
    def __init__(self, name, base):
        self.name = name
        self.base = base

    def pay(self):
        return self.base

    def title(self):
        return 'Employee'

    def summary(self):
        return '%-8s %-10s %8.2f' % (self.name, self.title(), self.pay())


class Manager(Employee):
    def __init__(self, name, base, reports):
        super().__init__(name, base)
        self.reports = reports

    def pay(self):
        return super().pay() + 100 * len(self.reports)

    def title(self):
        return 'Manager'


class Contractor(Employee):
    def __init__(self, name, hours, rate):
        super().__init__(name, 0)
        self.hours = hours
        self.rate = rate

    def pay(self):
        return self.hours * self.rate

    def title(self):
        return 'Contract'


class Intern(Employee):
    def pay(self):
        return super().pay() / 2

staff = [Employee('ann', 3000), Manager('bob', 4000, ['ann', 'cy']), Contractor('cy', 120, 25.5), Intern('dee', 1000)]
for s in staff:
    print(s.summary())
print('total %.2f' % sum(s.pay() for s in staff))
print(sorted(s.name for s in staff if s.pay() > 2000))
by_title = {}
for s in staff:
    by_title.setdefault(s.title(), []).append(s.name)
print(by_title)


class Duck:
    def speak(self):
        return 'Quack'


class Robot:
    def speak(self):
        return 'Beep'


class Person:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return 'I am ' + self.name

for thing in [Duck(), Robot(), Person('Al'), 'string']:
    if hasattr(thing, 'speak'):
        print(type(thing).__name__, '->', thing.speak())
    else:
        print(type(thing).__name__, 'cannot speak')


def total_length(items):
    return sum(len(x) for x in items)


class Bag:
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        return len(self.items)

print(total_length(['abc', [1, 2], (1,), {'a': 1}, Bag(1, 2, 3, 4), range(5)]))


class Node:
    def evaluate(self):
        raise NotImplementedError(type(self).__name__ + '.evaluate')


class Const(Node):
    def __init__(self, v):
        self.v = v

    def evaluate(self):
        return self.v

    def show(self):
        return str(self.v)


class BinOp(Node):
    ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b, '-': lambda a, b: a - b}

    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r

    def evaluate(self):
        return self.ops[self.op](self.l.evaluate(), self.r.evaluate())

    def show(self):
        return '(%s %s %s)' % (self.l.show(), self.op, self.r.show())

expr = BinOp('*', BinOp('+', Const(2), Const(3)), BinOp('-', Const(10), Const(4)))
print(expr.show(), '=', expr.evaluate())
try:
    Node().evaluate()
except NotImplementedError as e:
    print('NotImplementedError:', e)
