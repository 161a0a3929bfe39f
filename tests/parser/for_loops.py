for i in range(10):
    pass
for a, b in pairs:
    pass
else:
    pass
for x, in y: pass
for (a, b) in c: pass
for x in *a, *b: pass
for x in 1, 2: pass
