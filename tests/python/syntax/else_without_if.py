# else without if.
print("never")
x = 1
else:
    x = 2
