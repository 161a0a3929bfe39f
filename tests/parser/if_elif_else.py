if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2
if x: y
if x: y; z
