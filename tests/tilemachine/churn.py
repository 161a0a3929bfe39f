# Allocation-heavy: short-lived objects in a steady stream, a few survivors.
class Cell:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

survivors = []
total = 0
for r in range(200):
    head = None
    for i in range(100):
        head = Cell(i, head)
    total += head.v
    if r % 20 == 0:
        survivors.append(head)
print(total, len(survivors))
