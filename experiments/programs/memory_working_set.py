# The memory study's program (experiments/studies/memory.py): touches a working set of small
# Python objects again and again, read-mostly with some writes.
#
#   memory_working_set.py OBJECTS [ROUNDS]
#
# builds OBJECTS records (each an instance with two integer fields), then makes ROUNDS passes
# over them (default 4). Each pass visits every record once, in a scrambled but fixed order (a
# stride coprime to OBJECTS), reads both fields and writes one field of every eighth record.
# The checksum printed depends only on the arguments.
import sys


class Record:
    def __init__(self, key, value):
        self.key = key
        self.value = value


def stride_for(n):
    # A stride coprime to n near n * 0.618, so consecutive visits are far apart in the list.
    s = (n * 618) // 1000 + 1
    while gcd(s, n) != 1:
        s += 1
    return s


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def main():
    n = int(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    records = []
    for i in range(n):
        records.append(Record(i, i * 3))
    step = stride_for(n)
    total = 0
    for r in range(rounds):
        j = r % n
        for i in range(n):
            rec = records[j]
            total += rec.key + rec.value
            if i % 8 == 0:
                rec.value = rec.value + 1
            j += step
            if j >= n:
                j -= n
    print(n, rounds, total)


main()
