def outer():
    x = 1
    def inner():
        nonlocal x
        global g, h
        x = 2
    return inner
