import sys

def down(n):
    return down(n + 1)

def count(n):
    return 0 if n == 0 else 1 + count(n - 1)

for limit in (60, 200, 1000, 5000, 20000, 100000):
    sys.setrecursionlimit(limit)
    try:
        down(0)
    except RecursionError as e:
        print(limit, type(e).__name__, e)
    print(limit, count(limit // 2))
sys.setrecursionlimit(1000)
