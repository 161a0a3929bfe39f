# Comprehensions give the same results as the equivalent explicit loops.
text = 'the quick brown fox jumps over the lazy dog the end'
words = text.split()
loop_lengths = []
for w in words:
    if len(w) > 3:
        loop_lengths.append((w, len(w)))
print(loop_lengths == [(w, len(w)) for w in words if len(w) > 3], loop_lengths)
freq_loop = {}
for w in words:
    freq_loop[w] = freq_loop.get(w, 0) + 1
freq_comp = {w: words.count(w) for w in words}
print(freq_loop == freq_comp, freq_comp)
flat_loop = []
for row in [[1, 2], [3], [4, 5, 6]]:
    for v in row:
        if v % 2 == 0:
            flat_loop.append(v * 10)
print(flat_loop, [v * 10 for row in [[1, 2], [3], [4, 5, 6]] for v in row if v % 2 == 0])
limit = 60
sieve = [True] * limit
sieve[0] = sieve[1] = False
for i in range(2, limit):
    if sieve[i]:
        for j in range(i * i, limit, i):
            sieve[j] = False
print([i for i, p in enumerate(sieve) if p])
letters_loop = set()
for w in words:
    for ch in w:
        letters_loop.add(ch)
print(letters_loop == {ch for w in words for ch in w}, len(letters_loop))
print(''.join(sorted({ch for w in words for ch in w})))
by_first = {}
for w in sorted(set(words)):
    by_first.setdefault(w[0], []).append(w)
print(by_first == {c: sorted({w for w in words if w[0] == c}) for c in {w[0] for w in words}})
print(by_first)
acronym = ''.join([w[0].upper() for w in words if w != 'the'])
print(acronym)
caesar = ''.join([chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in text[:20]])
print(caesar)
