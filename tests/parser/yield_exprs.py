def g():
    yield
    yield x
    yield x, y
    yield from other()
    z = yield
    w = yield x
    v = (yield)
    f((yield x))
    yield *a, b
