# RecursionError can be caught and execution continues.
import sys
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print('RecursionError:', e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print('depth reached is near the limit:', 900 < depth <= 1000)
def countdown(n):
    if n == 0:
        return 'bottom'
    return countdown(n - 1)
print(countdown(500))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(countdown(2000))
sys.setrecursionlimit(200)
try:
    countdown(500)
except RecursionError as e:
    print('with low limit:', e)
print(countdown(100))
sys.setrecursionlimit(1000)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual:', type(e).__name__)
print('still running')
