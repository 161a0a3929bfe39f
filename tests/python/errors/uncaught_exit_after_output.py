# A large amount of output before an uncaught error must not be lost.
for i in range(2000):
    print('line', i, 'x' * (i % 50))
raise KeyError('after lots of output')
