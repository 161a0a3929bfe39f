# Helper module with __all__ limiting star imports.
__all__ = ['public_a', 'public_func', '_listed_private']
public_a = 'A'
public_b = 'B (not in __all__)'
_listed_private = 'private but listed'
_unlisted_private = 'private, unlisted'


def public_func():
    return 'public_func'


def other_func():
    return 'other_func (not in __all__)'
