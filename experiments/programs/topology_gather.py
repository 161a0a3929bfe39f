# Each of TASKS tasks (tiles.map) reads READS cells spread over the machine and does a little work
# with them: with --tilemachine.Placement=round-robin the cells live on every tile, so the reads are
# remote accesses in every direction (uniform traffic), and the topology decides how far they go.
#   ./tessera --tilemachine --tilemachine.Placement=round-robin experiments/programs/topology_gather.py TASKS READS
import sys
import tiles

TASKS = int(sys.argv[1]) if len(sys.argv) > 1 else 64
READS = int(sys.argv[2]) if len(sys.argv) > 2 else 8


class Cell:
    def __init__(self, v):
        self.v = v


cells = [Cell(i * 7 % 13) for i in range(TASKS)]


def task(mine):
    s = 0
    for k in range(READS):
        s += mine[k].v * (k + 1)
    for k in range(20):
        s = (s * 3 + k) % 1000003
    return s


# Each task gets a tuple of READS cells, picked with a stride so that they lie on many tiles.
jobs = [tuple(cells[(i * 31 + k * 17) % TASKS] for k in range(READS)) for i in range(TASKS)]
results = tiles.map(task, jobs)
print(TASKS, READS, sum(results))
