# json.loads of objects, arrays, numbers (ints, negatives, exponents -> float), literals, whitespace.
import json

for text in ['null', 'true', 'false', '0', '-0', '42', '-17', '3.5', '-0.25', '1e3', '1E-2', '2.5e+2',
             '12345678901234567890123', '1.0', '-1.5e-10', '""', '"s"', '[]', '{}', '  7  ', '\n[1]\t']:
    v = json.loads(text)
    print('%-26r -> %r (%s)' % (text, v, type(v).__name__))
print(json.loads('[1, "two", 3.0, null, true, false, [], {}]'))
print(json.loads('{"a": 1, "b": [1, 2, {"c": null}], "d": {"e": {"f": "g"}}}'))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.loads(' { "spaced" :  [ 1 ,2 , 3 ] } '))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'), json.loads('[NaN]'))
print(json.loads('{"1": "string key stays string"}'))
print(json.loads('1e400'), json.loads('-1e400'), json.loads('5e-400'))
print(json.loads('[[[[[[1]]]]]]'), json.loads('{"a":{"b":{"c":{}}}}'))
doc = json.loads('{"users": [{"name": "ann", "age": 30}, {"name": "bob", "age": 25}]}')
print(sum(u['age'] for u in doc['users']), [u['name'] for u in doc['users']], list(doc))
print(json.loads(b'[1, 2]'), json.loads('"\\u00e9"'))
print(json.loads('3.0') == 3, type(json.loads('3')).__name__, type(json.loads('3e0')).__name__)
