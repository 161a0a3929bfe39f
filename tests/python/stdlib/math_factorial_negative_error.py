# math.factorial of a negative number ends in ValueError.
import math

print(math.factorial(0), math.factorial(1), math.factorial(5))
try:
    math.factorial(-3)
except ValueError as e:
    print('caught:', e)
print(math.factorial(-1))
