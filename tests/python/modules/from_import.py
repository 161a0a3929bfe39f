# from m import x, y: names are copied bindings; mutable objects stay shared with the module.
from _mod_a import VALUE, NAMES, greet, Thing, bump
import _mod_a

print(VALUE, NAMES, greet('from'), Thing(1).describe())
VALUE = 'rebound locally'
print(VALUE, _mod_a.VALUE)
NAMES.append('shared')
print(_mod_a.NAMES)
print(bump(), bump(), _mod_a.counter)
from _mod_a import counter
print(counter)
bump()
print(counter, _mod_a.counter)
from _mod_a import (
    greet as g2,
    NAMES as n2,
)
print(g2 is greet, n2 is NAMES)
from _pkg._sub import SUB_VALUE, sub_func
print(SUB_VALUE, sub_func())
from _pkg import PKG_CONST, sub_func as pkg_level_func
print(PKG_CONST, pkg_level_func is sub_func)


def local_from_import():
    from _mod_a import greet as local_greet
    return local_greet('inside function')

print(local_from_import())
try:
    local_greet
except NameError as e:
    print('NameError:', e)
