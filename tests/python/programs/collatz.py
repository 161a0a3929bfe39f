# A Collatz (3n+1) study.
def collatz_len(n, cache={1: 1}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return cache[path[0]] if path else length
def sequence(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(sequence(6))
print(sequence(27)[:20], len(sequence(27)), max(sequence(27)))
best_n, best_len = 1, 1
for n in range(1, 30000):
    l = collatz_len(n)
    if l > best_len:
        best_n, best_len = n, l
        print('new record', n, l)
print('longest below 30000:', best_n, best_len)
hist = {}
for n in range(1, 1001):
    bucket = collatz_len(n) // 25 * 25
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print('%3d-%3d %4d %s' % (b, b + 24, hist[b], '*' * (hist[b] // 10)))
big = 2**100 + 1
print(len(sequence(big)), max(sequence(big)) == max(sequence(big)))
peak = 0
for v in sequence(77671):
    if v > peak:
        peak = v
print(peak)
