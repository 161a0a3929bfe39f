"""Recursive permutation by swapping in place, counting calls (after AWFY Permute)."""
import harness


class Permute:
    def __init__(self):
        self.count = 0
        self.v = [0] * 6

    def run(self):
        self.count = 0
        self.v = [0] * 6
        self.permute(6)
        return self.count

    def permute(self, n):
        self.count += 1
        if n != 0:
            n1 = n - 1
            self.permute(n1)
            for i in range(n1, -1, -1):
                self.swap(n1, i)
                self.permute(n1)
                self.swap(n1, i)

    def swap(self, i, j):
        v = self.v
        v[i], v[j] = v[j], v[i]


def bench(n):
    p = Permute()
    total = 0
    for _ in range(n):
        c = p.run()
        if c != 8660:
            raise AssertionError("permute: wrong count %d" % c)
        total += c
    return total


harness.main(bench, 400)
