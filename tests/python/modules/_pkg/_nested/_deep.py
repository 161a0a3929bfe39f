# Helper module _pkg._nested._deep: imports with one and two leading dots.
from . import NESTED
from .. import _sub as sub
from .._other import combined
from .. import _other as other_module
from .._sub import SUB_VALUE

PACKAGE = __package__
NAME = __name__


def report():
    return [NESTED, sub.SUB_VALUE, combined(), other_module.OTHER, SUB_VALUE]
