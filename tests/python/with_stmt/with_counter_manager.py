# A timer-like context manager that counts operations instead of measuring time.
class OpCounter:
    active = []

    def __init__(self, name):
        self.name = name
        self.count = 0
        self.entries = 0

    def __enter__(self):
        self.entries += 1
        OpCounter.active.append(self)
        return self

    def __exit__(self, et, ev, tb):
        OpCounter.active.pop()
        print('%s: %d ops over %d entries%s' % (self.name, self.count, self.entries, ' (error)' if et else ''))
        return False

    @staticmethod
    def tick(n=1):
        for c in OpCounter.active:
            c.count += n


def bubble_sort(items):
    items = list(items)
    for i in range(len(items)):
        for j in range(len(items) - 1 - i):
            OpCounter.tick()
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
    return items


def fib(n):
    OpCounter.tick()
    return n if n < 2 else fib(n - 1) + fib(n - 2)

total = OpCounter('total')
with total:
    with OpCounter('sort') as s:
        print(bubble_sort([5, 2, 9, 1, 7, 3]))
    with OpCounter('fib') as f:
        print(fib(12))
print(s.count, f.count, total.count)
with total:
    OpCounter.tick(5)
print(total.count, total.entries)
try:
    with OpCounter('failing') as failing:
        OpCounter.tick(3)
        raise ValueError('stop')
except ValueError:
    print('caught, failing counted', failing.count)
print(OpCounter.active)
