# 0/1 knapsack and related dynamic programming problems.
items = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160),
         ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40),
         ('cheese', 23, 30), ('beer', 52, 10), ('suntan cream', 11, 70), ('camera', 32, 30),
         ('t-shirt', 24, 15), ('trousers', 48, 10), ('umbrella', 73, 40), ('book', 30, 10)]
def knapsack(items, capacity):
    n = len(items)
    table = []
    for i in range(n + 1):
        table.append([0] * (capacity + 1))
    for i in range(1, n + 1):
        name, w, v = items[i - 1]
        for c in range(capacity + 1):
            best = table[i - 1][c]
            if w <= c and table[i - 1][c - w] + v > best:
                best = table[i - 1][c - w] + v
            table[i][c] = best
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    chosen.reverse()
    return table[n][capacity], chosen
for cap in [0, 50, 100, 200, 400]:
    value, chosen = knapsack(items, cap)
    weight = 0
    for name, w, v in items:
        if name in chosen:
            weight += w
    print(cap, value, weight, chosen)
def coin_change_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]
def min_coins(coins, amount):
    INF = float('inf')
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return best[amount] if best[amount] != INF else -1
print(coin_change_ways([1, 5, 10, 25, 50, 100], 100))
print(coin_change_ways([1, 5, 10, 25, 50, 100], 1000))
print(coin_change_ways([2, 3], 7), coin_change_ways([3], 7))
for amount in [0, 11, 63, 99, 7]:
    print(amount, min_coins([1, 5, 10, 21, 25], amount), min_coins([4, 6], amount))
def lis(xs):
    tails = []
    for x in xs:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
print(lis([10, 9, 2, 5, 3, 7, 101, 18]), lis([0, 1, 0, 3, 2, 3]), lis([7, 7, 7]), lis([]))
