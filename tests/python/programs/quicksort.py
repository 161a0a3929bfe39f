# Quicksort: functional version and in-place Lomuto/Hoare partitions.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    less, equal, greater = [], [], []
    for x in xs:
        if x < pivot:
            less.append(x)
        elif x == pivot:
            equal.append(x)
        else:
            greater.append(x)
    return quicksort(less) + equal + quicksort(greater)
swaps = [0]
def lomuto(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            swaps[0] += 1
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i
def qs_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo < hi:
        p = lomuto(a, lo, hi)
        qs_inplace(a, lo, p - 1)
        qs_inplace(a, p + 1, hi)
def hoare_sort(a, lo, hi):
    if lo >= hi:
        return
    pivot = a[(lo + hi) // 2]
    i, j = lo, hi
    while i <= j:
        while a[i] < pivot:
            i += 1
        while a[j] > pivot:
            j -= 1
        if i <= j:
            a[i], a[j] = a[j], a[i]
            i += 1
            j -= 1
    hoare_sort(a, lo, j)
    hoare_sort(a, i, hi)
x = 7
data = []
for _ in range(50):
    x = (x * 31 + 17) % 997
    data.append(x - 500)
print(data)
print(quicksort(data))
b = data[:]
qs_inplace(b)
print(b, swaps[0])
c = data[:]
hoare_sort(c, 0, len(c) - 1)
print(c == b == sorted(data))
print(quicksort(list('quicksortexample')))
print(''.join(quicksort(list('mississippi'))))
print(quicksort([]), quicksort([5, 5, 5]), quicksort([2.5, 1, True]))
def kth_smallest(xs, k):
    pivot = xs[0]
    lows, pivots, highs = [], [], []
    for v in xs:
        if v < pivot:
            lows.append(v)
        elif v > pivot:
            highs.append(v)
        else:
            pivots.append(v)
    if k < len(lows):
        return kth_smallest(lows, k)
    if k < len(lows) + len(pivots):
        return pivot
    return kth_smallest(highs, k - len(lows) - len(pivots))
for k in [0, 10, 25, 49]:
    print(k, kth_smallest(data, k), sorted(data)[k])
