while True:
    break
while x:
    continue
else:
    pass
while (y := f()):
    pass
