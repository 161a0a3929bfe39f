# nonlocal at module level.
print("never")
nonlocal x
x = 1
