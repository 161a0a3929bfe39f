"""String building: concatenation, formatting, joining, splitting and counting."""
import harness


def bench(n):
    parts = []
    text = ""
    for i in range(n):
        word = "w" + str(i % 97)
        parts.append(word)
        if i % 10 == 0:
            text += word.upper() + ","
    joined = " ".join(parts)
    pieces = joined.split(" ")
    line = f"{len(pieces)}:{text.count(',')}:{joined.find('w96')}"
    head = 0
    for p in pieces[:10]:
        head += len(p)
    return len(joined) + len(text) + len(line) + head


harness.main(bench, 200000)
