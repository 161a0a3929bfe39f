# Generators run lazily: function body starts on the first next(); side effects interleave.
log = []


def source():
    for i in range(3):
        log.append('source %d' % i)
        yield i


def doubled(it):
    for x in it:
        log.append('double %d' % x)
        yield x * 2

g = doubled(source())
print(log)
print(next(g), log)
log.clear()
print(list(g))
print(log)


def side_effect_call():
    print('  body started')
    yield 'value'

gen = side_effect_call()
print('generator object made; body not yet started')
print(next(gen))
log.clear()
pairs = zip(source(), doubled(source()))
print(next(pairs), log)
log.clear()
gens = [source() for _ in range(3)]
print(log, [next(x) for x in gens], log)
log.clear()


def stop_early():
    log.append('stop_early start')
    yield 1
    log.append('never reached')
    yield 2

print(next(stop_early()), log)
log.clear()
print(any(x > 0 for x in source()), log)
log.clear()
print(all(x < 1 for x in source()), log)
log.clear()
print([x for x in source() if x != 1], log)


def infinite():
    n = 0
    while True:
        n += 1
        yield n

it = infinite()
print([next(it) for _ in range(5)])
print(next(x for x in infinite() if x % 7 == 0))
