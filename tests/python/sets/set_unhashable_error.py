# Adding an unhashable value (a list) to a set ends in TypeError: unhashable type: 'list'.
s = {1, (2, 3)}
s.add(frozenset([4]))
print(len(s), (2, 3) in s)
try:
    [] in s
except TypeError as e:
    print('membership TypeError:', e)
s.add([5, 6])
