# Levenshtein distance with alignment, and longest common subsequence.
def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[len(b)]
def lcs(a, b):
    t = []
    for i in range(len(a) + 1):
        t.append([0] * (len(b) + 1))
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = 1 + t[i + 1][j + 1]
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    out = ''
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out += a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            i += 1
        else:
            j += 1
    return out
pairs = [('kitten', 'sitting'), ('flaw', 'lawn'), ('intention', 'execution'), ('', 'abc'),
         ('abc', ''), ('same', 'same'), ('Saturday', 'Sunday'), ('données', 'donnees'),
         ('😀abc', 'abc😀'), ('AGGTAB', 'GXTXAYB'), ('ABCBDAB', 'BDCABA')]
for a, b in pairs:
    common = lcs(a, b)
    print(repr(a), repr(b), levenshtein(a, b), repr(common), len(common))
words = ['apple', 'apply', 'ample', 'maple', 'applet', 'paper', 'pale']
target = 'appel'
ranked = sorted(words, key=lambda w: (levenshtein(w, target), w))
for w in ranked:
    print(w, levenshtein(w, target))
