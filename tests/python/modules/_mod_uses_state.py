# Helper module that imports _mod_state and changes it.
import _mod_state
from _mod_state import items as shared_items


def record(x):
    _mod_state.add(x)
    shared_items.append(x + '!')
    _mod_state.settings['debug'] = True


def bump_version():
    _mod_state.set_version(_mod_state.version + 1)
    return _mod_state.version
