# N-queens: count all solutions and print the first one for several sizes.
def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = []
    solutions = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placement.append(c)
                place(row + 1)
                placement.pop()
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return solutions
for n in range(1, 9):
    sols = solve(n)
    print(n, len(sols))
    if sols:
        first = sols[0]
        print('  first:', first)
sols = solve(6)
for s in sols:
    for c in s:
        print('. ' * c + 'Q ' + '. ' * (6 - c - 1))
    print()
