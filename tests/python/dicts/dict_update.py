# update from dicts, pairs and keywords; dict merging.
d = {'a': 1, 'b': 2}
d.update({'b': 20, 'c': 30})
print(d)
d.update([('d', 4), ('a', 10)])
print(d)
d.update(e=5, a=100)
print(d)
d.update({'x': 1}, y=2)
print(d)
d.update()
print(d)
d.update([])
print(d)
try:
    d.update([('only',)])
except ValueError as e:
    print('ValueError:', e)
try:
    d.update(5)
except TypeError as e:
    print('TypeError:', e)
base = {'host': 'localhost', 'port': 80}
override = {'port': 8080, 'debug': True}
merged = dict(base)
merged.update(override)
print(base)
print(merged)
rev = dict(override)
rev.update(base)
print(rev)
