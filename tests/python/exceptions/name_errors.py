# NameError and UnboundLocalError messages.
try:
    print(undefined_thing)
except NameError as e:
    print('NameError:', e)
try:
    undefined_function()
except NameError as e:
    print('NameError:', e)
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def g():
    y += 1
try:
    g()
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def h(flag):
    if flag:
        z = 'set'
    return z
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
def outer():
    def inner():
        return w
    try:
        return inner()
    except NameError as e:
        return 'NameError: ' + str(e)
    w = 1
print(outer())
def late():
    return later_defined
later_defined = 'defined after def but before call'
print(late())
try:
    del never_defined
except NameError as e:
    print('NameError:', e)
