# Leading zeros in a decimal integer literal.
print("never")
x = 0123
