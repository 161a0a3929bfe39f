# An invalid decimal literal.
print("never")
x = 12abc
