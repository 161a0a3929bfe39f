# assert with and without messages (caught).
assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError caught, args =', e.args, 'str =', repr(str(e)))
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print('AssertionError:', e)
try:
    x = []
    assert x, 'list is empty: %r' % (x,)
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert 0, 42
except AssertionError as e:
    print('args:', e.args)
calls = []
def msg():
    calls.append('evaluated')
    return 'message'
assert True, msg()
print('message evaluated when passing?', calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
def check_positive(n):
    assert n > 0, f'expected positive, got {n}'
    return n * 2
for v in [3, -1, 5]:
    try:
        print(check_positive(v))
    except AssertionError as e:
        print('failed:', e)
