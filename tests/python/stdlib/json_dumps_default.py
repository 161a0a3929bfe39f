# json.dumps errors for unsupported types, default= callbacks and non-string keys errors.
import json

for value in [{1, 2}, object, b'bytes', frozenset([3]), (x for x in [])]:
    try:
        json.dumps(value)
    except TypeError as e:
        print('TypeError:', str(e).split(' at 0x')[0])
try:
    json.dumps({(1, 2): 'tuple key'})
except TypeError as e:
    print('TypeError:', e)
print(json.dumps({(1, 2): 'skipped', 'kept': 1}, skipkeys=True))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode(obj):
    if isinstance(obj, set):
        return sorted(obj)
    if isinstance(obj, Point):
        return {'x': obj.x, 'y': obj.y}
    if isinstance(obj, frozenset):
        return ['frozen'] + sorted(obj)
    raise TypeError('cannot encode ' + type(obj).__name__)

print(json.dumps({'s': {3, 1, 2}, 'p': Point(1, 2), 'c': frozenset([2, 1])}, default=encode))
print(json.dumps([Point(0, 0), [Point(5, {9})]], default=encode))
print(json.dumps({1, 2}, default=lambda o: 'set of %d' % len(o)))
try:
    json.dumps([b'x'], default=encode)
except TypeError as e:
    print('TypeError:', e)
print(json.dumps(Point(3, 4), default=lambda o: o.x * 10 + o.y, indent=2))
try:
    lst = []
    lst.append(lst)
    json.dumps(lst)
except ValueError as e:
    print('ValueError:', e)
