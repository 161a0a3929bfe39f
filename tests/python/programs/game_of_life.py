# Conway's Game of Life on a small torus grid.
W, H = 12, 10
def empty():
    g = []
    for _ in range(H):
        g.append([0] * W)
    return g
def place(g, cells, dx, dy):
    for x, y in cells:
        g[(y + dy) % H][(x + dx) % W] = 1
def step(g):
    new = empty()
    for y in range(H):
        for x in range(W):
            n = 0
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dx or dy:
                        n += g[(y + dy) % H][(x + dx) % W]
            if g[y][x] and n in (2, 3):
                new[y][x] = 1
            elif not g[y][x] and n == 3:
                new[y][x] = 1
    return new
def show(g, gen):
    alive = 0
    for row in g:
        alive += sum(row)
    print('generation', gen, 'alive', alive)
    for row in g:
        line = ''
        for c in row:
            line += '#' if c else '.'
        print(line)
grid = empty()
place(grid, [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)], 0, 0)
place(grid, [(0, 0), (1, 0), (2, 0)], 7, 6)
place(grid, [(0, 0), (1, 0), (0, 1), (1, 1)], 8, 1)
for gen in range(5):
    show(grid, gen)
    grid = step(grid)
for gen in range(5, 40):
    grid = step(grid)
show(grid, 40)
