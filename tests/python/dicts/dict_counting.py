# Counting and grouping patterns with dicts.
text = 'the quick brown fox jumps over the lazy dog the end'
freq = {}
for w in text.split():
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
ordered = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ordered[:5]:
    print(w, c)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, by_len[k])
letters = {}
for ch in text:
    if ch != ' ':
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters, key=lambda c: (-letters[c], c))
print(top[:6])
print(len(letters))
inverse = {}
for k, v in freq.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
