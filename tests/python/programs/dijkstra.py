# Dijkstra's shortest paths without a heap (linear scan), on a weighted graph.
roads = [('home', 'bakery', 4), ('home', 'park', 2), ('park', 'bakery', 1), ('bakery', 'school', 5),
         ('park', 'library', 8), ('library', 'school', 3), ('school', 'museum', 6), ('library', 'museum', 2),
         ('park', 'pool', 10), ('pool', 'museum', 1)]
graph = {}
for a, b, w in roads:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
def dijkstra(src):
    INF = float('inf')
    dist = {}
    prev = {}
    for node in graph:
        dist[node] = INF
        prev[node] = None
    dist[src] = 0
    done = {}
    while len(done) < len(graph):
        best = None
        for node in graph:
            if node not in done and (best is None or dist[node] < dist[best]):
                best = node
        if dist[best] == INF:
            break
        done[best] = True
        for nb, w in graph[best]:
            if dist[best] + w < dist[nb]:
                dist[nb] = dist[best] + w
                prev[nb] = best
    return dist, prev
dist, prev = dijkstra('home')
for node in sorted(dist):
    route = []
    cur = node
    while cur is not None:
        route.append(cur)
        cur = prev[cur]
    route.reverse()
    print('%-8s %3s  %s' % (node, dist[node], ' -> '.join(route)))
for src in ['museum', 'pool']:
    d, _ = dijkstra(src)
    print(src, sorted(d.items(), key=lambda kv: (kv[1], kv[0])))
graph['island'] = []
d, _ = dijkstra('home')
print(d['island'], d['island'] == float('inf'))
