# Breadth-first and depth-first search on a graph stored as a dict of lists.
edges = [('A', 'B'), ('A', 'C'), ('B', 'D'), ('C', 'D'), ('D', 'E'), ('E', 'F'), ('C', 'G'),
         ('G', 'H'), ('H', 'F'), ('X', 'Y')]
graph = {}
for a, b in edges:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, []).append(a)
for node in graph:
    graph[node].sort()
print(graph)
def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    order = []
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph[node]:
            if nb not in dist:
                dist[nb] = dist[node] + 1
                parent[nb] = node
                queue.append(nb)
    return order, dist, parent
def path(parent, target):
    if target not in parent:
        return None
    out = []
    while target is not None:
        out.append(target)
        target = parent[target]
    out.reverse()
    return out
order, dist, parent = bfs('A')
print(order)
print(dist)
for t in ['F', 'H', 'A', 'Y']:
    print(t, path(parent, t))
def dfs(node, seen, out):
    seen[node] = True
    out.append(node)
    for nb in graph[node]:
        if nb not in seen:
            dfs(nb, seen, out)
    return out
print(dfs('A', {}, []))
components = []
seen = {}
for node in graph:
    if node not in seen:
        components.append(dfs(node, seen, []))
print(components)
def dfs_iterative(start):
    stack = [start]
    visited = []
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.append(node)
        for nb in reversed(graph[node]):
            if nb not in visited:
                stack.append(nb)
    return visited
print(dfs_iterative('A'))
