# Binary search variants on sorted lists.
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def lower_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(xs, target):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = []
for i in range(100):
    data.append(i * 3 + (i % 4))
print(data[:20])
for t in [0, 3, 4, 100, 101, 297, 299, -5, 1000]:
    print(t, binary_search(data, t))
dups = [1, 2, 2, 2, 3, 5, 5, 8, 13, 13, 13, 13]
for t in [0, 1, 2, 4, 5, 13, 20]:
    lo, hi = lower_bound(dups, t), upper_bound(dups, t)
    print(t, lo, hi, hi - lo)
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 15, 16, 17, 10**20, 2**127, 10**40 - 1]:
    r = isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
words = sorted(['pear', 'apple', 'fig', 'kiwi', 'banana', 'cherry', 'date', 'grape'])
print(words)
for w in ['fig', 'apple', 'zucchini', 'coconut']:
    print(w, binary_search(words, w)[0], lower_bound(words, w))
