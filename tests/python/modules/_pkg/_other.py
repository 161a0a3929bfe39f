# Helper submodule _pkg._other using relative imports of siblings and the package.
from . import _sub as sub
from ._sub import SUB_VALUE as V
from . import PKG_CONST

OTHER = 'other'


def combined():
    return '%s + %s + %d + %s' % (OTHER, sub.sub_func(), V, PKG_CONST)
