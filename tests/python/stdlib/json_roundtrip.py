# json round trips: dumps then loads gives equal data; tuples become lists; non-str keys become str.
import json

values = [None, True, 0, -1, 10 ** 30, 0.1, 1e-300, 1e300, 'text', 'caf\u00e9\n', [], {}, [1, [2, [3]]],
          {'a': [1, 2, {'b': None}]}, {'k': 'v', 'n': 1.5}]
for v in values:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, type(back).__name__)
t = (1, 2, (3, 4))
print(json.loads(json.dumps(t)), json.loads(json.dumps(t)) == t)
keys = {1: 'a', 2.5: 'b', True: 'c', None: 'd'}
print(json.loads(json.dumps(keys)))
for f in [0.1, 1 / 3, 2 ** 0.5, 1e22, 1e23, 123456.789e-5, 5e-324, 1.7976931348623157e308]:
    print(repr(f), json.dumps(f), json.loads(json.dumps(f)) == f)
data = {'list': list(range(5)), 'nested': {'x': [True, False, None]}, 'text': 'multi\nline "quoted"'}
pretty = json.dumps(data, indent=2, sort_keys=True)
print(json.loads(pretty) == data, pretty.count('\n'))
compact = json.dumps(data, separators=(',', ':'))
print(len(compact) < len(json.dumps(data)), json.loads(compact) == data)
