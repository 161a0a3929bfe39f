# An unclosed parenthesis is a compile-time error; nothing is printed.
print("this line is never executed")
x = (1 + 2
print(x)
