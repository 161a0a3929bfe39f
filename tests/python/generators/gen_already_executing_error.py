# Re-entering a running generator raises ValueError: generator already executing.
def reentrant():
    yield 'first'
    yield next(me)

me = reentrant()
print(next(me))
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
print(next(me, 'the generator finished after the error'))


def sender():
    x = yield 1
    yield sender_gen.send(x)

sender_gen = sender()
print(next(sender_gen))
try:
    sender_gen.send('again')
except ValueError as e:
    print('ValueError:', e)


def self_list():
    yield 1
    yield list(gen2)

gen2 = self_list()
print(next(gen2))
next(gen2)
