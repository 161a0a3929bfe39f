# A halo exchange, the traffic circuits are for: each task owns a block of cells and, every
# step, reads the edge cells of its two neighbours' blocks, again and again, so the same
# (task tile, home tile) flows repeat many times. Run by the switching study:
#   ./tessera --tilemachine --tilemachine.Placement=round-robin experiments/programs/switching_halo.py STEPS BLOCKS
import sys
import tiles


class Cell:
    def __init__(self, v):
        self.v = v


def relax(job):
    left, mine, right = job
    total = 0.0
    for sweep in range(4):
        a = left[-1].v
        b = right[0].v
        for i in range(len(mine)):
            c = mine[i]
            lo = a if i == 0 else mine[i - 1].v
            hi = b if i == len(mine) - 1 else mine[i + 1].v
            c.v = 0.5 * c.v + 0.25 * (lo + hi)
            total += c.v
    return total


steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
count = int(sys.argv[2]) if len(sys.argv) > 2 else 16
blocks = [[Cell(float((b * 8 + i) % 5)) for i in range(8)] for b in range(count)]
for step in range(steps):
    jobs = [(blocks[b - 1], blocks[b], blocks[(b + 1) % count]) for b in range(count)]
    sums = tiles.map(relax, jobs)
    print(step, round(sum(sums), 6))
