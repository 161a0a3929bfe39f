# Uncaught ZeroDivisionError after some output.
def average(xs):
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
print(average([10]))
print('next call fails')
print(average([]))
print('never printed')
