# A comprehension body in a class cannot see class variables: NameError escapes.
class Works:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]

print(Works.doubled)


class Fails:
    factor = 3
    items = [1, 2, 3]
    print('class body runs')
    scaled = [i * factor for i in items]

print('not reached')
