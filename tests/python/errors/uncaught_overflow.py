# Uncaught OverflowError converting a huge int to float.
n = 1
for i in range(5):
    n *= 10**100
    print(len(str(n)), float(n))
