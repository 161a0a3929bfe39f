# from m import * with __all__: exactly the listed names are imported, even private ones.
from _mod_all import *

print(public_a, public_func(), _listed_private)
for name in ['public_a', 'public_b', 'public_func', 'other_func', '_listed_private', '_unlisted_private']:
    print(name, name in globals())
import _mod_all
print(_mod_all.public_b, _mod_all.other_func(), _mod_all.__all__)
