# Catching via base classes.
def trigger(kind):
    if kind == 'zero':
        1 / 0
    elif kind == 'overflow':
        float(10**400)
    elif kind == 'key':
        {}['x']
    elif kind == 'index':
        [][1]
    elif kind == 'unbound':
        def f():
            v = v + 1
        f()
    elif kind == 'recursion':
        def r():
            r()
        r()
    elif kind == 'notimpl':
        raise NotImplementedError('todo')
for kind in ['zero', 'overflow']:
    try:
        trigger(kind)
    except ArithmeticError as e:
        print(kind, 'caught as ArithmeticError:', type(e).__name__)
for kind in ['key', 'index']:
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, 'caught as LookupError:', type(e).__name__, e)
try:
    trigger('unbound')
except NameError as e:
    print('unbound caught as NameError:', type(e).__name__)
try:
    trigger('recursion')
except RuntimeError as e:
    print('recursion caught as RuntimeError:', type(e).__name__)
try:
    trigger('notimpl')
except RuntimeError as e:
    print('notimpl caught as RuntimeError:', type(e).__name__, e)
for kind in ['zero', 'key', 'notimpl']:
    try:
        trigger(kind)
    except Exception as e:
        print(kind, 'caught as Exception:', type(e).__name__)
for kind in ['zero', 'index']:
    try:
        trigger(kind)
    except BaseException as e:
        print(kind, 'caught as BaseException:', type(e).__name__)
print(isinstance(KeyError('k'), LookupError), isinstance(ValueError(), Exception))
try:
    raise KeyError('first handler wins')
except LookupError:
    print('LookupError handler first')
except KeyError:
    print('not reached')
