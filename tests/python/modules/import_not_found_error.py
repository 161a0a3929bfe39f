# Importing a module that does not exist ends in ModuleNotFoundError.
import _mod_a
print('imported _mod_a:', _mod_a.VALUE)
try:
    import also_missing
except ModuleNotFoundError as e:
    print('caught:', e)
import nope
print('not reached')
