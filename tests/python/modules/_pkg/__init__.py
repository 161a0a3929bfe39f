# Helper package _pkg: runs on first import of _pkg or any of its submodules (all named with a leading _).
print('  [init', __name__ + ']')
PKG_CONST = 'pkg-const'
from ._sub import sub_func
from . import _sub as _sub_alias
