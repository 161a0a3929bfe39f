# import ... as and from ... import ... as: aliases name the same module objects.
import _mod_a as ma
import _mod_a
import _pkg._sub as s
from _mod_a import greet as hello, VALUE as V
from _pkg import _sub as sub2
import _pkg._nested._deep as deep

print(ma is _mod_a, ma.VALUE, V)
print(hello('alias'), hello is ma.greet)
print(s.SUB_VALUE, s is sub2, s.__name__)
print(deep.NAME, deep.PACKAGE)
ma.VALUE = 100
print(_mod_a.VALUE, V)
try:
    print(_pkg)
except NameError as e:
    print('NameError:', e)
import _pkg
print(_pkg._sub is s, _pkg._nested._deep is deep)
