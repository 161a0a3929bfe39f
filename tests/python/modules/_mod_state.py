# Helper module holding shared mutable state.
items = []
settings = {'debug': False}
version = 1


def add(x):
    items.append(x)
    return len(items)


def set_version(v):
    global version
    version = v
