# import statements inside functions and classes bind local names only.
def use_math():
    import _mod_a
    return _mod_a.greet('local')

print(use_math())
try:
    _mod_a
except NameError as e:
    print('NameError:', e)


def conditional(flag):
    if flag:
        from _mod_a import VALUE as result
    else:
        result = 'not imported'
    return result

print(conditional(True), conditional(False))


class Holder:
    import _mod_state as state
    from _mod_a import NAMES

print(Holder.state.version, Holder.NAMES)
import _mod_a
print(_mod_a.NAMES is Holder.NAMES)


def shadow():
    _mod_a = 'local string'
    return _mod_a

print(shadow(), _mod_a.VALUE)


def import_each_call(n):
    import _mod_a as m
    return m.bump() + n

print(import_each_call(10), import_each_call(20), _mod_a.counter)


def import_star_free():
    from _mod_a import Thing
    return [Thing(i).describe() for i in range(2)]

print(import_star_free())


def late_import():
    try:
        return _mod_state.version
    except NameError as e:
        return 'NameError: ' + str(e)

print(late_import())
import _mod_state
print(late_import())
