# Merge sort (recursive) with comparison counting and stability check.
comparisons = [0]
def merge(left, right, key):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        comparisons[0] += 1
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out
def merge_sort(xs, key=lambda x: x):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid], key), merge_sort(xs[mid:], key), key)
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed
data = []
for _ in range(60):
    data.append(rand() % 1000)
print(data)
s = merge_sort(data)
print(s)
print(s == sorted(data), comparisons[0])
comparisons[0] = 0
print(merge_sort(list(range(32))) == list(range(32)), comparisons[0])
comparisons[0] = 0
print(merge_sort(list(range(32, 0, -1)))[:5], comparisons[0])
pairs = []
for i in range(20):
    pairs.append((rand() % 4, i))
print(merge_sort(pairs, key=lambda p: p[0]))
print(merge_sort(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: p[0]))
print(merge_sort(['delta', 'Alpha', 'charlie', 'bravo', 'Echo'], key=lambda w: w.lower()))
print(merge_sort([]), merge_sort([1]), merge_sort([2, 1]))
print(merge_sort([3.5, -1, 2, 10**20, -0.5]))
