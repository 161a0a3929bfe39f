"""Word frequencies of generated text: str methods (split/strip/lower/join), dicts with str and tuple keys, sorting."""
import harness

SYLLABLES = ["ka", "lo", "mi", "ren", "tus", "va", "pe", "dor", "ix", "sha", "ul", "beo", "an", "tri", "qu", "ze"]
PUNCT = [",", ".", ";", "!", "?", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        w = "".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3)))
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def make_text(n_words):
    rng = Lcg(42)
    vocab = make_vocabulary(rng, 600)
    lines = []
    line = []
    for i in range(n_words):
        # Skewed choice: low indices are much more frequent (a rough Zipf law).
        r = rng.next(len(vocab))
        idx = r * rng.next(len(vocab)) // len(vocab)
        word = vocab[idx]
        if rng.next(9) == 0:
            word = word.capitalize()
        elif rng.next(40) == 0:
            word = word.upper()
        word += PUNCT[rng.next(len(PUNCT))] if rng.next(5) == 0 else ""
        line.append(word)
        if len(line) >= 8 + rng.next(8):
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    bigrams = {}
    lengths = {}
    prev = None
    for line in text.splitlines():
        for raw in line.split():
            word = raw.strip(".,;!?").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            n = len(word)
            if n in lengths:
                lengths[n] += 1
            else:
                lengths[n] = 1
            if prev is not None:
                key = (prev, word)
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = word
    return counts, bigrams, lengths


def top(mapping, k):
    return sorted(mapping.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


def bench(n):
    text = make_text(n)
    counts, bigrams, lengths = count_words(text)
    top_words = top(counts, 10)
    top_pairs = top(bigrams, 5)
    summary = ",".join("%s=%d" % (w, c) for w, c in top_words)
    pairs = ",".join("%s+%s=%d" % (a, b, c) for (a, b), c in top_pairs)
    hist = " ".join("%d:%d" % (k, lengths[k]) for k in sorted(lengths))
    longest = max(counts, key=lambda w: (len(w), w))
    capitals = sum(1 for w in text.split() if w[0].isupper())
    return "%d %d %d %d %s %s | %s | %s | %s" % (
        len(text), len(counts), len(bigrams), capitals, longest, hist, summary, pairs,
        text[:20].replace("\n", "/"))


harness.main(bench, 200000)
