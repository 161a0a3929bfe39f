# sys: maxsize, version_info, recursion limit, stdout.write return value, argv.
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.version_info[:2] == (3, 11), sys.version_info[0], sys.version_info[1])
print(sys.version_info >= (3, 8), sys.version_info < (4,))
print(sys.getrecursionlimit())
n = sys.stdout.write('written without newline')
print()
print(n, sys.stdout.write(''), sys.stdout.write('é\n'))
sys.stdout.write('line one\nline two\n')
print(sys.argv, len(sys.argv))
import sys as again
print(again is sys, again.maxsize == sys.maxsize)
print(sys.maxsize + 1 > sys.maxsize, type(sys.maxsize + 1).__name__)


def depth(n):
    return n if n == 0 else depth(n - 1)

print(depth(500))
