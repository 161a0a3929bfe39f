# Comprehensions with several for and if clauses: order of loops, dependent ranges, flattening.
print([(x, y) for x in range(3) for y in range(2)])
print([(x, y) for x in range(4) for y in range(x)])
print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print([a + b + c for a in 'xy' for b in 'pq' for c in '12'])
print([(i, j, k) for i in range(3) for j in range(i, 3) for k in range(j, 3) if i + j + k == 4])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
words = ['ab', 'cde', 'f']
print([ch for w in words for ch in w])
print([(w, ch) for w in words if len(w) > 1 for ch in w if ch != 'd'])
nested = [[[1, 2], [3]], [[4], [5, 6, 7]]]
print([x for outer in nested for inner in outer for x in inner])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([[(r, c) for c in range(r)] for r in range(4)])
pairs = [(a, b) for a in range(1, 7) for b in range(1, 7) if a + b == 7]
print(pairs, len(pairs))
grid = ['#.#', '.#.', '#..']
print([(r, c) for r, line in enumerate(grid) for c, ch in enumerate(line) if ch == '#'])
print({(x, y) for x in range(3) for y in range(3) if x == y})
print({x: [y for y in range(x)] for x in range(4)})
print(sum(x * y for x in range(4) for y in range(4) if x != y))
print([x for x in range(3) for x in 'ab'])
print([y for x in [[1, 2], [3, 4]] for y in x if y > 1 if y < 4])
