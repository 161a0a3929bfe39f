# Objects whose methods touch only their own attributes: with objects spread over the tiles,
# migrate-to-data runs each call where its receiver lives instead of fetching every attribute.
class Acc:
    def __init__(self):
        self.a = 0
        self.b = 0
        self.c = 0

    def bump(self):
        self.a += 1
        self.b += self.a
        self.c += self.b
        return self.c

accs = [Acc() for i in range(64)]
total = 0
for r in range(30):
    for x in accs:
        total += x.bump()
print(total)
