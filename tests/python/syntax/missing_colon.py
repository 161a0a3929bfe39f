# Missing colon after an if condition.
print("never")
if 1 > 0
    print("yes")
