# Relative imports inside packages: from . import x, from .sub import y, from .. import z.
from _pkg._nested._deep import report, PACKAGE, NAME, NESTED, SUB_VALUE, combined
from _pkg._other import V, PKG_CONST, sub
from _pkg._nested import PARENT_CONST

print(report())
print(PACKAGE, NAME)
print(NESTED, SUB_VALUE, V, PKG_CONST, PARENT_CONST)
print(combined())
print(sub.__name__)
import _pkg._nested._deep as d
import _pkg._other as o
print(d.sub is o.sub, d.other_module is o)
