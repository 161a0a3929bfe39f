a = [x for x in y]
b = [x for x in y if x if not x]
c = [(x, y) for x in a for y in b if x != y]
d = {x for x in y}
e = {k: v for k, v in d.items() if v}
f = [[x for x in row] for row in grid]
g = [x for x, in pairs]
h = [x for *a, x in seqs]
