# The smart cache's known answers (SmartCacheIT): ten iterations that each read global K and
# then rebind it, so every write invalidates the entry the read before it filled.
K = 0


def bump():
    global K
    for i in range(10):
        K = K + 1


bump()
print(K)
