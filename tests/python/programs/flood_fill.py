# Flood fill and region counting on a character grid.
MAP = """
##########
#..#.....#
#..#.###.#
#....#...#
####.#.###
#....#...#
#.####.#.#
#......#.#
##########
""".strip().split('\n')
grid = []
for row in MAP:
    grid.append(list(row))
H, W = len(grid), len(grid[0])
def fill(r, c, mark):
    stack = [(r, c)]
    count = 0
    while stack:
        r, c = stack.pop()
        if grid[r][c] != '.':
            continue
        grid[r][c] = mark
        count += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < H and 0 <= nc < W and grid[nr][nc] == '.':
                stack.append((nr, nc))
    return count
regions = []
mark = ord('a')
for r in range(H):
    for c in range(W):
        if grid[r][c] == '.':
            size = fill(r, c, chr(mark))
            regions.append((chr(mark), size))
            mark += 1
for row in grid:
    print(''.join(row))
print(regions)
print(len(regions), sum(map(lambda rs: rs[1], regions)))
def shortest(maze, start, goal):
    dist = {start: 0}
    queue = [start]
    while queue:
        cur = queue.pop(0)
        if cur == goal:
            return dist[cur]
        r, c = cur
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nxt = (r + dr, c + dc)
            if maze[nxt[0]][nxt[1]] != '#' and nxt not in dist:
                dist[nxt] = dist[cur] + 1
                queue.append(nxt)
    return -1
print(shortest(MAP, (1, 1), (7, 8)))
print(shortest(MAP, (1, 1), (3, 6)))
print(shortest(MAP, (1, 1), (1, 1)))
