# Assigning to a function call.
print("never")
f() = 3
