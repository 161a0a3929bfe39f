# return at module level.
print("never")
x = 5
return x
