# TASKS independent tasks (tiles.map), each computing on its own argument: the parallel part of
# a program that scales; what the network carries is only the tasks' arguments and results.
#   ./tessera --tilemachine experiments/programs/topology_compute.py TASKS WORK
import sys
import tiles

TASKS = int(sys.argv[1]) if len(sys.argv) > 1 else 64
WORK = int(sys.argv[2]) if len(sys.argv) > 2 else 200


def task(n):
    s = 0
    for i in range(WORK):
        s = (s + i * n) % 1000003
    return s


results = tiles.map(task, list(range(TASKS)))
print(TASKS, WORK, sum(results))
