# add/discard/remove/pop/clear/copy on sets; pop order and copies being independent.
s = set()
s.add(3)
s.add(1)
s.add(3)
s.add('x')
print(s, len(s))
print(s.discard(1), s, s.discard(99), s)
s.remove(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print('KeyError:', e)
s = {5, 1, 9, 3}
popped = []
while s:
    popped.append(s.pop())
print(popped, s)
try:
    s.pop()
except KeyError as e:
    print('KeyError:', e)
s = {1, 2, 3}
c = s.copy()
c.add(4)
s.discard(1)
print(s, c)
print(s.clear(), s, len(s))
items = {10, 20}
items.add((1, 2))
items.add(frozenset({1}))
print(len(items), (1, 2) in items, frozenset([1]) in items)
try:
    items.add([1])
except TypeError as e:
    print('TypeError:', e)
print(items.discard({1}), 'a set argument is looked up as a frozenset:', {1} in items)
print(len(items), frozenset([1]) in items)
print({1} in [set([1])], frozenset([2]) in {frozenset([2]): 'v'})
s = {1, 2, 3, 4, 5, 6}
for x in list(s):
    if x % 2:
        s.remove(x)
print(s)
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print('RuntimeError:', e)
