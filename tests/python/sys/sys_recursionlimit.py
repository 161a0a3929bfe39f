# getrecursionlimit/setrecursionlimit.
import sys
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print('RecursionError:', e)
sys.setrecursionlimit(4000)
print(sys.getrecursionlimit())
print(depth(3000))
sys.setrecursionlimit(100)
try:
    depth(200)
except RecursionError:
    print('limit 100 enforced')
print(depth(50))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
