# Uncaught ValueError raised with several arguments.
def parse(s):
    if not s.isdigit():
        raise ValueError('bad', 42)
    return int(s)
print(parse('12'))
print(parse('x'))
