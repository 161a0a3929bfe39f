# Exceptions raised inside list/dict/set comprehensions propagate, leaving targets unassigned.
data = ['1', '2', 'x', '4']
result = 'unchanged'
try:
    result = [int(s) for s in data]
except ValueError as e:
    print('ValueError:', e)
print(result)
try:
    d = {k: 10 // k for k in [5, 2, 0]}
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    s = {[1]: 0 for _ in range(1)}
except TypeError as e:
    print('TypeError:', e)
try:
    print({x for x in [[1], [2]]})
except TypeError as e:
    print('TypeError:', e)


def parse_all(items):
    out = []
    for item in items:
        try:
            out.append([int(p) for p in item.split(',')])
        except ValueError as e:
            out.append('error: ' + str(e))
    return out

print(parse_all(['1,2', '3,x', '', '7']))
try:
    [y for y in undefined_name]
except NameError as e:
    print('NameError:', e)
try:
    [a + b for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print('ValueError:', e)
try:
    [i for i in range(3) if i / (i - 2)]
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
seen = []


def note(v):
    seen.append(v)
    if v == 3:
        raise IndexError('stop at 3')
    return v

try:
    vals = [note(v) for v in range(10)]
except IndexError as e:
    print('IndexError:', e, seen)
safe = [v if v != 0 else None for v in [1, 0, 2]]
print(safe)
print([len(str(1 / v)) if v else 'skip' for v in range(-2, 3)])
