# Repeated keyword argument.
print("never")
print("a", sep="-", sep="+")
