# Invalid syntax inside an expression.
print("never")
x = 1 + * 2
