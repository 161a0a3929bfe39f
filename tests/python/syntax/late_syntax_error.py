# Syntax error late in an otherwise valid file: still nothing runs.
print("first line never printed")
def ok(a, b):
    return a + b
for i in range(3):
    print(ok(i, i))
while True
    pass
