# an uncaught error inside a spawned task stops the program
import tiles


def divide(a, b):
    return a / b


print(tiles.spawn(divide, 1, 4).result())
tiles.spawn(divide, 1, 0)
print("not reached")
