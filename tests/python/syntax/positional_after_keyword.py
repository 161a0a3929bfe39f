# Positional argument after keyword argument.
print("never")
print(sep="-", "a")
