# Importing a package runs its __init__.py once; its own imports make submodules attributes.
import _pkg

print(_pkg.PKG_CONST, _pkg.__name__)
print(_pkg.sub_func())
print(_pkg._sub.SUB_VALUE, _pkg._sub_alias is _pkg._sub)
print(hasattr(_pkg, '_other'), hasattr(_pkg, '_nested'))
import _pkg._other
print(hasattr(_pkg, '_other'), _pkg._other.combined())
import _pkg
print(_pkg._other.OTHER)
print(type(_pkg).__name__, type(_pkg._sub).__name__)
