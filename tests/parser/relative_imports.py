from . import a
from .. import b as c
from .m import x
from ..pkg.mod import y
from ... import z
from .... import w
from .a.b import (c,)
