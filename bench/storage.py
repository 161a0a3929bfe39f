"""Allocation-heavy: a tree of lists of random lengths, built and dropped repeatedly (after AWFY Storage)."""
import harness


class Random:
    def __init__(self):
        self.seed = 74755

    def next(self):
        self.seed = ((self.seed * 1309) + 13849) & 65535
        return self.seed


class Storage:
    def __init__(self):
        self.count = 0

    def build_tree_depth(self, depth, random):
        self.count += 1
        if depth == 1:
            return [None] * (random.next() % 10 + 1)
        arr = [None] * 4
        for i in range(4):
            arr[i] = self.build_tree_depth(depth - 1, random)
        return arr


def leaf_slots(tree):
    if tree[0] is None:
        return len(tree)
    return sum(leaf_slots(t) for t in tree)


def bench(n):
    total = 0
    for _ in range(n):
        s = Storage()
        tree = s.build_tree_depth(7, Random())
        if s.count != 5461:
            raise AssertionError("storage: wrong count %d" % s.count)
        total += s.count
    return "%d %d" % (total, leaf_slots(tree))


harness.main(bench, 300)
