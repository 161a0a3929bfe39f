# Missing indented block after if.
print("never")
if True:
print("not indented")
