# Helper module whose body fails halfway on the first import attempt.
print('  [executing _mod_raises]')
BEFORE = 'defined before the error'
import _mod_state
_mod_state.version += 1
if _mod_state.version < 3:
    raise ValueError('_mod_raises failed at import (version %d)' % _mod_state.version)
AFTER = 'defined after the check'
