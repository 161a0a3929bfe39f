# nonlocal declarations in nested functions.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc()
    inc()
    return x, inc
val, inc = outer()
print(val)
print(inc(), inc())
def make_accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = make_accumulator(10)
print(acc(5), acc(10), acc(-3))
acc2 = make_accumulator(0)
print(acc2(1), acc(0))
def level1():
    a = 'level1'
    def level2():
        def level3():
            nonlocal a
            a = 'changed by level3'
        level3()
    level2()
    return a
print(level1())
def shadowing():
    v = 'outer'
    def inner():
        v = 'inner only'
        return v
    inner()
    return v
print(shadowing())
def two_vars():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print(two_vars())
