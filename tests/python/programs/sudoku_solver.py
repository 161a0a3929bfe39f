# A backtracking 4x4 and 9x9 sudoku solver using lists only.
PUZZLE = [
    '53..7....',
    '6..195...',
    '.98....6.',
    '8...6...3',
    '4..8.3..1',
    '7...2...6',
    '.6....28.',
    '...419..5',
    '....8..79',
]
def parse(rows):
    g = []
    for row in rows:
        line = []
        for ch in row:
            line.append(0 if ch == '.' else int(ch))
        g.append(line)
    return g
def candidates(g, r, c, n, box):
    used = [False] * (n + 1)
    for i in range(n):
        used[g[r][i]] = True
        used[g[i][c]] = True
    br, bc = r - r % box, c - c % box
    for i in range(br, br + box):
        for j in range(bc, bc + box):
            used[g[i][j]] = True
    out = []
    for v in range(1, n + 1):
        if not used[v]:
            out.append(v)
    return out
steps = [0]
def solve(g, n, box):
    best = None
    for r in range(n):
        for c in range(n):
            if g[r][c] == 0:
                cands = candidates(g, r, c, n, box)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for v in cands:
        steps[0] += 1
        g[r][c] = v
        if solve(g, n, box):
            return True
    g[r][c] = 0
    return False
g = parse(PUZZLE)
print(solve(g, 9, 3), steps[0])
for row in g:
    print(' '.join(map(str, row)))
ok = True
for i in range(9):
    col = []
    for r in range(9):
        col.append(g[r][i])
    if sorted(g[i]) != list(range(1, 10)) or sorted(col) != list(range(1, 10)):
        ok = False
print('valid:', ok)
small = parse(['1...', '..3.', '.4..', '...2'])
steps[0] = 0
print(solve(small, 4, 2), steps[0])
for row in small:
    print(row)
impossible = parse(['11..', '....', '....', '....'])
print(solve(impossible, 4, 2))
