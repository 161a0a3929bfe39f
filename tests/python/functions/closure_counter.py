# Counter factories and independent closure state.
def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    return counter
c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1())
print(c2(), c2())
print(c1(), c2())
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        return items.pop()
    def peek():
        return items[-1]
    return push, pop, peek
push, pop, peek = make_stack()
push('a')
push('b')
print(peek(), pop(), peek(), push('c'), pop(), pop())
def outer():
    x = 'enclosing'
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())
def make_multipliers():
    result = []
    for k in range(1, 4):
        def mult(x, k=k):
            return x * k
        result.append(mult)
    return result
for m in make_multipliers():
    print(m(10))
