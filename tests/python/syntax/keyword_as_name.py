# Using a keyword as a variable name.
print("never")
while = 5
