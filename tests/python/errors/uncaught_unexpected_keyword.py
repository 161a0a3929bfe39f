# Uncaught TypeError for an unexpected keyword argument.
def move(x, y):
    return (x, y)
print(move(1, 2))
print(move(x=1, y=2))
print(move(x=1, z=2))
