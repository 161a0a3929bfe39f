# Duplicate parameter name in a function definition.
print("never")
def f(a, a):
    return a
