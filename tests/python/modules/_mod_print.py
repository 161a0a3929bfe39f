# Helper module that reports when its body runs.
print('  [executing _mod_print, __name__ =', __name__ + ']')
LOADS = 1
