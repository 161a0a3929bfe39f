a = [1 for x.y in z]
b = [1 for x[0] in z]
c = [1 for (a, b) in z]
d = [1 for [a, *b] in z]
