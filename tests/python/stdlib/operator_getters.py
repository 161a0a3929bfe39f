# operator.itemgetter (single/multiple), attrgetter (dotted names) and methodcaller.
from operator import itemgetter, attrgetter, methodcaller

rows = [('bob', 30, 'paris'), ('ann', 25, 'oslo'), ('cy', 30, 'rome')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
second = itemgetter(1)
print(second('abc'), second([5, 6]), second({1: 'one'}))
print(itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))('hello'), itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(list(map(itemgetter(0), rows)), max(rows, key=itemgetter(1, 0)))
d = {'x': 3, 'y': 1, 'z': 2}
print(sorted(d.items(), key=itemgetter(1)))


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, age, city):
        self.name = name
        self.age = age
        self.address = Address(city)

    def greet(self, greeting='Hi', punct='!'):
        return '%s %s%s' % (greeting, self.name, punct)

people = [Person('bob', 30, 'paris'), Person('ann', 25, 'oslo'), Person('cy', 30, 'rome')]
get_name = attrgetter('name')
print([get_name(p) for p in people])
print([p.name for p in sorted(people, key=attrgetter('age', 'name'))])
print(attrgetter('address.city')(people[0]), attrgetter('name', 'address.city')(people[1]))
print([attrgetter('address.city')(p) for p in sorted(people, key=attrgetter('address.city'))])
print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('replace', 'a', 'o')('banana'))
print([methodcaller('greet')(p) for p in people])
print(methodcaller('greet', 'Hello', punct='?')(people[2]))
print(list(map(methodcaller('strip'), ['  a ', 'b  '])))
try:
    attrgetter('missing')(people[0])
except AttributeError as e:
    print('AttributeError:', e)
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print('IndexError:', e)
