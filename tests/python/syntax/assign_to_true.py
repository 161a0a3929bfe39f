# Assignment to a keyword constant.
print("never")
True = 0
