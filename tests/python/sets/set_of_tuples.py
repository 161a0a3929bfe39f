# Sets of tuples and frozensets: coordinates, visited states, graph edges, membership checks.
visited = set()
pos = (0, 0)
moves = 'RRUULDDDLL'
delta = {'R': (1, 0), 'L': (-1, 0), 'U': (0, 1), 'D': (0, -1)}
visited.add(pos)
for m in moves:
    dx, dy = delta[m]
    pos = (pos[0] + dx, pos[1] + dy)
    visited.add(pos)
print(len(visited), pos, (1, 0) in visited, (5, 5) in visited)
print(sorted(visited))
edges = {(1, 2), (2, 3), (3, 1), (2, 1)}
undirected = {frozenset(e) for e in edges}
print(len(edges), len(undirected), frozenset({1, 2}) in undirected)
print(sorted(sorted(e) for e in undirected))
grid = {(r, c) for r in range(3) for c in range(3)}
diag = {(i, i) for i in range(3)}
print(len(grid - diag), sorted(grid & {(0, 0), (5, 5)}))


def neighbours(p):
    r, c = p
    return {(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)}

live = {(1, 0), (1, 1), (1, 2)}
for gen in range(3):
    candidates = live | {n for p in live for n in neighbours(p)}
    live = {p for p in candidates if len(neighbours(p) & live) == 3 or (p in live and len(neighbours(p) & live) == 2)}
    print('gen', gen + 1, sorted(live))
pairs = {(a, b) for a in range(4) for b in range(4) if a < b}
print(sorted(pairs), len(pairs))
seen_states = set()
state = (1, 1)
steps = 0
while state not in seen_states:
    seen_states.add(state)
    state = (state[1], (state[0] + state[1]) % 7)
    steps += 1
print('cycle after', steps, 'steps, repeated', state)
nested = {(1, (2, 3)), (1, (2, 3)), ('a', ('b',))}
print(len(nested), (1, (2, 3)) in nested)
fs = {frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({2, 1})}
print(len(fs), frozenset() in fs)
