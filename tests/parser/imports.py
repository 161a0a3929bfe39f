import a
import a.b.c
import a as b
import a.b as c, d, e.f as g
from a import b
from a.b import c as d, e
from a import (b, c as d,)
from a import *
