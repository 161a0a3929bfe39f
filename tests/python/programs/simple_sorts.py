# Bubble, insertion and selection sort with step counting.
def bubble(xs):
    a = xs[:]
    swaps = 0
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps
def insertion(xs):
    a = xs[:]
    shifts = 0
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
            shifts += 1
        a[j + 1] = key
    return a, shifts
def selection(xs):
    a = xs[:]
    swaps = 0
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if a[j] < a[m]:
                m = j
        if m != i:
            a[i], a[m] = a[m], a[i]
            swaps += 1
    return a, swaps
inputs = [[], [1], [2, 1], [5, 1, 4, 2, 8], [1, 2, 3, 4, 5], [5, 4, 3, 2, 1],
          [3, 3, 1, 1, 2, 2], ['pear', 'apple', 'fig'], [0.5, -2, 1e3, -0.0, 7]]
for xs in inputs:
    b, bs = bubble(xs)
    i, ish = insertion(xs)
    s, ss = selection(xs)
    print(xs, '->', b, bs, ish, ss, b == i == s == sorted(xs))
x = 1
data = []
for _ in range(40):
    x = x * 48271 % 2147483647
    data.append(x % 100)
print(data)
print(bubble(data))
print(insertion(data)[1], selection(data)[1])
