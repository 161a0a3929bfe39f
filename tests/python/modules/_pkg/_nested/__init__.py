# Helper subpackage _pkg._nested: relative import from the parent package.
from .. import PKG_CONST as PARENT_CONST
NESTED = 'nested-value'
print('  [init', __name__ + ']')
