# Unterminated f-string expression.
print("never")
name = "x"
print(f"hello {name")
