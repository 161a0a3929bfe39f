# from m import missing raises ImportError naming the missing name and module.
try:
    from _mod_a import q
except ImportError as e:
    print(type(e).__name__ + ':', str(e).split(' (')[0])
    print(e.name)
try:
    from _mod_a import VALUE, not_there
except ImportError as e:
    print(type(e).__name__ + ':', str(e).split(' (')[0])
try:
    from _pkg import missing_submodule
except ImportError as e:
    print(type(e).__name__ + ':', str(e).split(' (')[0])
try:
    import _pkg.missing_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__ + ':', e, '|', e.name)
try:
    import nope_module
except ImportError as e:
    print(type(e).__name__ + ':', e, '|', e.name, isinstance(e, ModuleNotFoundError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(ImportError, Exception))
from _mod_a import VALUE
print('VALUE still importable:', VALUE)
