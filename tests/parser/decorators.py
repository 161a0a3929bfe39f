@dec
def f(): pass
@dec.attr
@dec(arg)
@dec[0]
def g(): pass
@a.b(c)(d)
class C: pass
@(lambda f: f)
def h(): pass
@x := y
def i(): pass
