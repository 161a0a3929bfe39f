def ok():
    return 1

class Fine:
    pass

result = ok(
print(result)
