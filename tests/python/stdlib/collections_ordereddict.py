# collections.OrderedDict: move_to_end, popitem(last=False), order-sensitive equality, repr.
from collections import OrderedDict

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.values()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od)
print(od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == {'y': 2, 'x': 1}, {'x': 1, 'y': 2} == od3)
print(repr(OrderedDict()), OrderedDict(a=1))
od4 = OrderedDict.fromkeys('abc', 0)
print(od4)
od4['a'] = 'updated'
print(od4)
del od4['b']
od4['b'] = 'readded'
print(od4)
print(list(reversed(od4)), list(od4.items())[0])
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    od4.move_to_end('zzz')
except KeyError as e:
    print('KeyError:', e)


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
print(list(cache.data.items()), cache.get('b'), cache.get('a'))
print(isinstance(od, dict), od.get('nope', 'default'), len(od2))
