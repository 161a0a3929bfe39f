# sum, any, all.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum((0.5, 0.25)))
print(sum(range(1, 11)), sum([1, 2.5]), sum([[1], [2]], []))
print(sum([10**20, -10**20, 1]))
print(sum([0.1, 0.2, 0.3]))
print(sum([True, False, True]))
print(any([]), all([]))
print(any([0, '', None]), any([0, 'x']), all([1, 'a', [0]]), all([1, 0]))
print(any('abc'), all(''), all('abc'))
print(any(range(0)), any(range(2)), all(range(1, 5)), all(range(0, 5)))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(map(check, [1, 3, 5, 7])))
print(calls)
calls.clear()
print(all(map(check, [3, 4, 1, 7])))
print(calls)
print(any([[], {}, ()]), all([[0], {0: 0}, (0,)]))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    any(5)
except TypeError as e:
    print('TypeError:', e)
