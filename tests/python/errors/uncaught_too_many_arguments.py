# Uncaught TypeError for too many positional arguments.
def greet(name):
    return 'hi ' + name
print(greet('ann'))
print(greet('bob', 'carl'))
