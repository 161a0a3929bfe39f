# A module's body runs only once however often and wherever it is imported.
print('first import:')
import _mod_print
print('second import:')
import _mod_print
print('import as:')
import _mod_print as again
print('from import:')
from _mod_print import LOADS


def inside():
    import _mod_print
    return _mod_print


print('import inside a function:')
m = inside()
print(m is _mod_print, again is _mod_print, LOADS)
_mod_print.LOADS += 1
import _mod_print
print(_mod_print.LOADS)
import _mod_print as third
print(third is _mod_print, third.LOADS)
