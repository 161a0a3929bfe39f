"""collections in use: deque (BFS, sliding window, rotate), defaultdict, Counter, namedtuple, OrderedDict LRU."""
import harness
import math
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", ["x", "y"])
Edge = namedtuple("Edge", "src dst weight")


def make_maze(size, seed):
    walls = set()
    state = seed
    for y in range(size):
        for x in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 100 < 28 and (x, y) != (0, 0) and (x, y) != (size - 1, size - 1):
                walls.add((x, y))
    return walls


def bfs(size, walls):
    start = Point(0, 0)
    dist = {start: 0}
    queue = deque([start])
    while queue:
        p = queue.popleft()
        d = dist[p]
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            q = Point(p.x + dx, p.y + dy)
            if 0 <= q.x < size and 0 <= q.y < size and (q.x, q.y) not in walls and q not in dist:
                dist[q] = d + 1
                queue.append(q)
    goal = Point(size - 1, size - 1)
    return len(dist), dist.get(goal, -1), max(dist.values())


def sliding_max(values, k):
    window = deque()
    out = []
    for i, v in enumerate(values):
        while window and values[window[-1]] <= v:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return value


def graph_stats(n):
    edges = [Edge(i % 97, (i * 31 + 7) % 97, i % 13) for i in range(n)]
    adjacency = defaultdict(list)
    weights = defaultdict(int)
    for e in edges:
        adjacency[e.src].append(e.dst)
        weights[e.src] += e.weight
    fanout = sum(len(v) for v in adjacency.values())
    heaviest = max(sorted(weights), key=lambda k: weights[k])
    shifted = [e._replace(weight=e.weight + 1) for e in edges[:50]]
    src, dst, w = shifted[-1]
    return fanout, heaviest, weights[heaviest], src + dst + w, len(adjacency)


def bench(n):
    size = 20 + int(math.sqrt(n // 4))
    walls = make_maze(size, n)
    reached, shortest, farthest = bfs(size, walls)

    values = [(i * 7919) % 10007 for i in range(n)]
    maxima = sliding_max(values, 50)
    window_sum = sum(maxima) % 1000000007

    ring = deque(range(100), maxlen=100)
    for i in range(n // 10):
        ring.rotate(i % 7 - 3)
        ring.append(i)
        ring.appendleft(ring.pop())
    ring_sig = sum(ring[i] * (i + 1) for i in range(0, len(ring), 10))

    text = " ".join("w%d" % ((i * i) % 211) for i in range(n // 5))
    counts = Counter(text.split())
    counts.update(["w0", "w1", "w1"])
    common = counts.most_common(3)

    cache = LRUCache(64)
    total = 0
    for i in range(n // 5):
        key = (i * 37) % 150 if i % 3 else i % 40
        total += cache.get(key, lambda k: k * k + 1)

    graph = graph_stats(n // 10)
    return "%d %d %d %d %d %s %d %d %d %s" % (reached, shortest, farthest, window_sum, ring_sig, common,
                                              total, cache.hits, cache.misses, graph)


harness.main(bench, 600000)
