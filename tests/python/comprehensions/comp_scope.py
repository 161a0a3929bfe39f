# Comprehension variables live in their own scope and do not leak; outer names are visible.
x = 'outer x'
result = [x for x in range(3)]
print(result, x)
y = 'outer y'
print({y: 0 for y in 'ab'}, y)
z = 'outer z'
print({z for z in [1, 2]}, z)
w = 'outer w'
print(list(w for w in 'xy'), w)
try:
    print(leaked)
except NameError as e:
    print('NameError:', e)
print([leaked for leaked in range(2)])
try:
    print(leaked)
except NameError as e:
    print('NameError after comp:', e)
for loop_var in range(3):
    pass
print('for loop variable does leak:', loop_var)
factor = 10
print([n * factor for n in range(3)])


def f():
    local = 5
    return [local + i for i in range(3)]

print(f())


def g():
    items = [1, 2, 3]
    total = sum(v for v in items)
    squares = [v * v for v in items]
    return total, squares

print(g())


def h():
    i = 'function i'
    lst = [i for i in range(2)]
    return i, lst

print(h())
data = [[1, 2], [3, 4]]
print([[row for row in range(2)] for row in data])
print([row for row in data for row in row])
n = 100
print([n for n in range(n)][-1], n)
counter = 0


def bump():
    global counter
    counter += 1
    return counter

print([bump() for _ in range(4)], counter)
try:
    [undefined_inside for _ in range(1)]
except NameError as e:
    print('NameError:', e)
