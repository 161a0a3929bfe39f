# from m import * without __all__: every public name, including imported modules and classes.
from _mod_noall import *

print(alpha, beta, gamma(), Delta.__name__)
print(_mod_a.VALUE if '_mod_a' in globals() else 'underscore module name not imported')
for name in ['alpha', 'beta', 'gamma', 'Delta', '_hidden', '_mod_a']:
    print(name, name in globals())
beta.append(3)
import _mod_noall
print(_mod_noall.beta, _mod_noall._hidden)
alpha = 99
print(_mod_noall.gamma())
