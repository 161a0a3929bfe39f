# time: only deterministic facts - types, monotonic increases, sleep returning None.
import time

t1 = time.time()
print(type(t1).__name__, t1 > 1.6e9)
p1 = time.perf_counter()
print(time.sleep(0.01))
p2 = time.perf_counter()
t2 = time.time()
print(p2 - p1 >= 0.005, t2 >= t1, type(p1).__name__)
m1 = time.monotonic()
m2 = time.monotonic()
print(m2 >= m1)
ns = time.time_ns()
print(type(ns).__name__, ns > 1.6e18)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 5)
print(time.sleep(0), isinstance(time.perf_counter_ns(), int))
