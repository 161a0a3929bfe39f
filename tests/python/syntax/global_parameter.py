# A name both global and parameter.
print("never")
def f(x):
    global x
    return x
