# Unmatched closing parenthesis.
print("never")
x = 1 + 2)
