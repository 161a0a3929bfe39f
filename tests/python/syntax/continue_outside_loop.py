# continue outside of a loop.
print("never")
def f():
    continue
