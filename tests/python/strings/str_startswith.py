# startswith/endswith with strings, tuples and ranges.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''))
print(s.startswith(('hi', 'he')), s.startswith(('x', 'y')))
print(s.endswith(('ld', 'xx')), s.endswith(()))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('o', 0, 5), s.endswith('o', 0, 4))
print(s.startswith('h', -11), s.startswith('d', -1))
files = ['a.py', 'b.txt', 'c.PY', 'd.java', 'e.py.bak']
for f in files:
    print(f, f.endswith('.py'), f.endswith(('.py', '.java')), f.lower().endswith('.py'))
try:
    s.startswith(['h'])
except TypeError as e:
    print('TypeError:', e)
