# str() and repr() of basic values and nested containers.
values = [1, -2.5, True, None, 'text', "it's", [1, 'a', None], (1,), (), (1, 2), [],
          {}, {'a': 1, 'b': [2, 3]}, [[1, [2, [3, []]]]], ({'k': (1, 'v')},),
          ['nl\n', 'tab\t'], [1.0, 1e20, 1e-20], {1: {2: {3: 'deep'}}}, [(), [()], ({},)],
          range(5), range(1, 10, 3), range(0), range(-5, 5, -1), 10**25]
for v in values:
    print(str(v))
    print(repr(v))
print(str('a') + repr('a'))
nested = [1, 2]
nested.append([3, [4]])
print(nested)
print(str(nested) == repr(nested))
