# json.dumps formatting options: indent (int, 0, string), sort_keys, separators, combined.
import json

data = {'name': 'tessera', 'tags': ['jvm', 'truffle'], 'meta': {'cores': 2, 'ok': True, 'none': None},
        'empty_list': [], 'empty_dict': {}, 'n': 1.5}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, indent=2, separators=(',', ': ')))
print(json.dumps(data, separators=(',', ':'), sort_keys=True))
print(json.dumps([1, 2], indent=None), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({'b': 1, 'a': {'d': 1, 'c': 2}}, sort_keys=True))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps('text', indent=2), json.dumps(5, indent=2))
print(json.dumps([{'a': 1}, {'b': [1, 2]}], indent=1))
print(json.dumps({'x': [1]}, indent=-1))
