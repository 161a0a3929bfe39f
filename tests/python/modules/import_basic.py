# import of a file module: attributes, functions, classes, module-level state, __name__/__doc__.
import _mod_a

print(_mod_a.VALUE, _mod_a.NAMES, _mod_a._private)
print(_mod_a.greet('world'))
print(_mod_a.bump(), _mod_a.bump(), _mod_a.counter)
print(_mod_a.module_name(), _mod_a.__name__)
print(_mod_a.__doc__)
t = _mod_a.Thing(3)
print(t.describe(), type(t).__name__, type(t).__module__, isinstance(t, _mod_a.Thing))
print(type(_mod_a).__name__)
print(hasattr(_mod_a, 'greet'), hasattr(_mod_a, 'nope'), getattr(_mod_a, 'VALUE'))
_mod_a.VALUE = 7
print(_mod_a.VALUE)
_mod_a.new_attr = 'added from main'
print(_mod_a.new_attr)
_mod_a.NAMES.append('z')
import _mod_a
print(_mod_a.NAMES, _mod_a.VALUE)
f = _mod_a.greet
print(f('again'), f.__module__, _mod_a.Thing.__module__)
try:
    _mod_a.missing_function()
except AttributeError as e:
    print('AttributeError:', e)
print(__name__)
