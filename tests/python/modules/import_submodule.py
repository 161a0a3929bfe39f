# import pkg.sub binds the top-level package name; nested packages are initialised in order.
import _pkg._nested._deep

print(_pkg.PKG_CONST)
print(_pkg._nested.NESTED, _pkg._nested.PARENT_CONST)
print(_pkg._nested._deep.report())
print(_pkg._nested._deep.__name__)
print(hasattr(_pkg, '_other'))
import _pkg._sub
print(_pkg._sub.sub_func())
from _pkg._nested import _deep as deep
print(deep is _pkg._nested._deep)
