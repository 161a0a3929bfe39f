# break outside of a loop.
print("never")
if True:
    break
