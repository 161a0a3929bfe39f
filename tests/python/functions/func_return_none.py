# Functions without explicit return values return None.
def a():
    pass
def b():
    return
def c(x):
    if x:
        return 'truthy'
def d():
    print('side effect')
print(a(), b(), c(0), c(1))
r = d()
print(r, r is None)
def early_exit(items):
    for i in items:
        if i < 0:
            return i
print(early_exit([1, 2, -3, 4]), early_exit([1, 2]))
def return_in_loop():
    while True:
        return 'left loop'
print(return_in_loop())
lst = [3, 1, 2]
print(lst.sort(), lst)
print(print('inner print'))
