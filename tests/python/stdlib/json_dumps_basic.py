# json.dumps of every basic type: None, bools, ints, big ints, floats, lists, tuples, dicts.
import json

for v in [None, True, False, 0, -7, 123456789012345678901234567890, 1.0, 0.1, -2.5, 1e100, 1e-7,
          3.141592653589793, 1e16, 123456789.125, -0.0, 2 ** 0.5]:
    print(repr(v), '->', json.dumps(v))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps(''))
print(json.dumps([1, 'two', 3.0, None, True, [False]]))
print(json.dumps((1, (2, 3))), json.dumps([(), [()]]))
print(json.dumps({'a': 1, 'b': [1, 2], 'c': {'d': None}}))
print(json.dumps({1: 'int key', 2.5: 'float key', True: 'bool key', None: 'none key'}))
print(json.dumps({False: 0, 10 ** 20: 'big'}))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps([float('nan'), float('inf')]))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({'nested': [{'deep': [[[]]]}]}))
print(type(json.dumps(1)).__name__, len(json.dumps({'k': 'v'})))
print(json.dumps(True) == 'true', json.dumps(None) == 'null')
print(json.dumps([1, 2, 3], separators=(',', ':')), json.dumps({'a': 1, 'b': 2}, separators=(',', ':')))
print(json.dumps({'a': [1, 2]}, separators=(' , ', ' : ')))
