# Bound methods as first-class values: storing, passing, __self__/__func__, equality.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, name):
        return '%s, %s!' % (self.greeting, name)

    def set(self, g):
        self.greeting = g

hello = Greeter('Hello')
hi = Greeter('Hi')
m = hello.greet
print(m('Ann'), m('Bob'))
hello.set('Howdy')
print(m('Cy'))
print(m.__self__ is hello, m.__func__ is Greeter.greet, m.__name__)
methods = [hello.greet, hi.greet]
print([f('Z') for f in methods])
print(list(map(hi.greet, ['a', 'b'])))
print(Greeter.greet(hi, 'unbound'))
print(hello.greet == hello.greet, hello.greet == hi.greet, hello.greet is hello.greet)
setter = hi.set
setter('Yo')
print(hi.greet('D'))
table = {'en': Greeter('Hello').greet, 'fr': Greeter('Bonjour').greet}
for lang in sorted(table):
    print(lang, table[lang]('monde'))


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self, by=1):
        self.n += by
        return self.n

c = Counter()
inc = c.incr
for _ in range(3):
    inc()
inc(by=10)
print(c.n)


def apply(f, *args):
    return f(*args)

print(apply(c.incr, 5), apply(str.upper, 'abc'), apply('x-{}'.format, 9))
words = ['b', 'a', 'c']
add = words.append
add('d')
sort = words.sort
sort()
print(words)
key_of = {'x': 3, 'y': 1}.get
print(sorted(['x', 'y'], key=key_of))
join = ', '.join
print(join(['p', 'q']))


class Holder:
    pass

h = Holder()
h.fn = lambda x: x * 2
print(h.fn(21))
Holder.method = lambda self, x: (type(self).__name__, x)
print(h.method(1))
bm = h.method
print(bm(2))
c.incr = lambda by=1: 'shadowed'
print(c.incr(), Counter.incr(c))
