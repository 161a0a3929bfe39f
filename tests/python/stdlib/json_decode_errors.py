# json.JSONDecodeError for malformed input: msg, lineno, colno, pos and str(e).
import json

bad_inputs = ['', '   ', '[1, 2', '[1 2]', '{"a": 1,}', '{"a" 1}', '{a: 1}', '"unterminated',
              '[1, 2]]', 'tru', 'nul', '01', '1.', '-', '[1,]', '{"a": }', '\n\n  [\n  1,\n  x]',
              '"bad \\q escape"', '"ctrl \x01 char"', '{"k": "v"} extra', '[]]', "{'single': 1}",
              '"\\u12"', '[1, 2, 3,\n', 'NaNx', '{"a":1 "b":2}']
for text in bad_inputs:
    try:
        json.loads(text)
        print(repr(text), 'parsed?!')
    except json.JSONDecodeError as e:
        print('%-22r msg=%r line=%d col=%d pos=%d' % (text, e.msg, e.lineno, e.colno, e.pos))
        print('    str:', e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{"x": [1, 2, }')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
try:
    json.loads(5)
except TypeError as e:
    print('TypeError:', e)
