# Augmented assignment to a tuple.
print("never")
a, b = 1, 2
a, b += 1
