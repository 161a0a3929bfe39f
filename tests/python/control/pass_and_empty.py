# pass in various blocks; empty-bodied constructs.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
def only_docstring():
    """This function only has a docstring."""
print(only_docstring())
x = 0
while x < 3:
    x += 1
    if x == 2:
        pass
    print('x', x)
