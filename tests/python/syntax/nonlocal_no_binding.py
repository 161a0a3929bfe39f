# nonlocal without an enclosing binding.
print("never")
def f():
    def g():
        nonlocal zz
        zz = 1
    g()
