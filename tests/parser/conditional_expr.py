a = x if cond else y
b = x if c1 else y if c2 else z
c = (x if a else b) if c else d
d = lambda: x if y else z
