# Two starred expressions in one assignment.
print("never")
a, *b, *c = [1, 2, 3]
