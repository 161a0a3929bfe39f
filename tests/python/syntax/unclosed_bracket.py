# Unclosed bracket in a list literal.
print("never")
items = [1, 2, 3
print(items)
