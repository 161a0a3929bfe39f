# Module state is shared by every importer: mutations and rebindings through the module object.
import _mod_state
import _mod_uses_state
from _mod_state import version as copied_version

print(_mod_state.items, _mod_state.settings, _mod_state.version)
print(_mod_state.add('a'))
_mod_uses_state.record('b')
print(_mod_state.items, _mod_state.settings)
print(_mod_uses_state.shared_items is _mod_state.items)
print(_mod_uses_state.bump_version(), _mod_uses_state.bump_version(), _mod_state.version, copied_version)
_mod_state.version = 10
print(_mod_uses_state.bump_version())
_mod_state.items = ['replaced']
_mod_uses_state.record('c')
print(_mod_state.items, _mod_uses_state.shared_items)
setattr(_mod_state, 'extra', 'set with setattr')
print(_mod_state.extra, getattr(_mod_state, 'missing', 'default'))
del _mod_state.extra
print(hasattr(_mod_state, 'extra'))
