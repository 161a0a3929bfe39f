# sys.maxsize is 2**63 - 1 on 64-bit platforms; ints are unbounded beyond it.
import sys
print(sys.maxsize)
print(sys.maxsize == 2**63 - 1)
print(sys.maxsize + 1)
print(-sys.maxsize - 1)
print(sys.maxsize * sys.maxsize)
print(type(sys.maxsize).__name__)
print(hex(sys.maxsize))
print(len(range(sys.maxsize)))
