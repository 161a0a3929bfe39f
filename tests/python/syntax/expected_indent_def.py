# Missing indented block after def.
print("never")
def f():
return 1
