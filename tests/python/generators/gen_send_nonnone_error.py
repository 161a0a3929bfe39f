# Sending a non-None value to a just-started generator is a TypeError.
def echo():
    while True:
        got = yield
        print('got', got)

g = echo()
g.send(None)
g.send(1)
h = echo()
try:
    h.send('too early')
except TypeError as e:
    print('TypeError:', e)
h.send(None)
h.send('now fine')
fresh = echo()
fresh.send(0)
