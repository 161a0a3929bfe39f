# A text statistics report.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way."""
lines = TEXT.splitlines()
print('lines:', len(lines))
words = []
for line in lines:
    for raw in line.split():
        w = raw.strip('.,;:!?').lower()
        if w:
            words.append(w)
print('words:', len(words))
print('characters:', len(TEXT))
letters = 0
for ch in TEXT:
    if ch.isalpha():
        letters += 1
print('letters:', letters)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print('distinct words:', len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print('top words:')
for w, n in ranked[:10]:
    print('  %-10s %3d %s' % (w, n, '#' * n))
lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for n in sorted(lengths):
    print('length %2d: %d' % (n, lengths[n]))
longest = max(words, key=len)
print('longest word:', longest)
print('average word length: %.3f' % (sum(map(len, words)) / len(words)))
for i, line in enumerate(lines, 1):
    print('%d: %2d words, starts %r, ends %r' % (i, len(line.split()), line[:10], line[-10:]))
caps = []
for w in TEXT.split():
    if w[0].isupper():
        caps.append(w.strip('.,'))
print('capitalized:', caps)
vowels = {}
for ch in TEXT.lower():
    if ch in 'aeiou':
        vowels[ch] = vowels.get(ch, 0) + 1
print('vowels:', vowels)
