# Non-default parameter after a default parameter.
print("never")
def f(a=1, b):
    return a
