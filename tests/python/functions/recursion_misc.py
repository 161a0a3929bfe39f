# Ackermann, mutual recursion, Hanoi, power set, permutations.
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
for m in range(3):
    for n in range(4):
        print('ack', m, n, ack(m, n))
print('ack 3 3', ack(3, 3))
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7), is_odd(100))
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + '->' + dst)
    hanoi(n - 1, via, dst, src)
hanoi(4, 'A', 'C', 'B')
print(len(moves))
print(' '.join(moves))
def powerset(xs):
    if not xs:
        return [[]]
    rest = powerset(xs[1:])
    out = []
    for s in rest:
        out.append(s)
    for s in rest:
        out.append([xs[0]] + s)
    return out
print(powerset([1, 2, 3]))
def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out
for p in perms(['a', 'b', 'c']):
    print(''.join(p))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2**40, 6**20))
def depth(x):
    if type(x) is not list:
        return 0
    best = 0
    for item in x:
        d = depth(item)
        if d > best:
            best = d
    return best + 1
print(depth([1, [2, [3, [4]], []]]))
