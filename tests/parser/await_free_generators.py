g = (x for x in y)
h = (x * 2 for x in range(10) if x % 2)
i = list(x for x in y)
j = sum(x for x in y if x)
