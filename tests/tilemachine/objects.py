# Objects made once and read many times: with round-robin placement over N tiles, about
# (N-1)/N of the reads are remote.
class P:
    def __init__(self, i):
        self.i = i

ps = [P(i) for i in range(2000)]
s = 0
for r in range(5):
    for p in ps:
        s += p.i
print(s)
