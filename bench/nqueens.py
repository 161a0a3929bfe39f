"""N-queens two ways: a recursive permutation generator filtered with sets, and backtracking with lists."""
import harness


def permutations(items):
    """Yields every ordering of items as a tuple (own implementation, lexicographic by position)."""
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (items[i],) + tail


def queens_by_permutation(n):
    cols = list(range(n))
    solutions = []
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            solutions.append(vec)
    return solutions


def queens_by_backtracking(n):
    used_cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = [0] * n

    def place(row):
        if row == n:
            return 1
        count = 0
        for col in range(n):
            d1 = row + col
            d2 = row - col + n
            if not used_cols[col] and not diag1[d1] and not diag2[d2]:
                used_cols[col] = diag1[d1] = diag2[d2] = True
                placed[row] = col
                count += place(row + 1)
                used_cols[col] = diag1[d1] = diag2[d2] = False
        return count

    return place(0)


def bench(n):
    small = queens_by_permutation(min(n, 8))
    first = small[0] if small else ()
    last = small[-1] if small else ()
    signature = sum(sum((i + 1) * c for i, c in enumerate(s)) for s in small)
    total = 0
    for k in range(4, n + 1):
        total = total * 1000 + queens_by_backtracking(k)
    return "%d %s %s %d %d" % (len(small), first, last, signature, total)


harness.main(bench, 12)
