# __format__ with f-strings, format() and str.format; default format behaviour.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == '':
            return '$%d.%02d' % divmod(self.cents, 100)
        if spec == 'c':
            return '%d cents' % self.cents
        if spec.endswith('w'):
            width = int(spec[:-1])
            return ('$%d.%02d' % divmod(self.cents, 100)).rjust(width, '.')
        return 'spec<' + spec + '>'

    def __str__(self):
        return 'Money(%d)' % self.cents

m = Money(12345)
print(f'{m}')
print(f'{m:c}')
print(f'{m:12w}')
print(f'{m:xyz}')
print(format(m), format(m, 'c'))
print('{}|{:c}|{:10w}'.format(m, m, m))
print('{0:c} and {0}'.format(m))
print(f'{m!s}')
print(str(m), m)
width = 9
print(f'{m:{width}w}')


class Plain:
    def __str__(self):
        return 'plain'

p = Plain()
print(f'{p}', format(p), '{}'.format(p))
print(f'{p!s:>8}|')
try:
    format(p, '>8')
except TypeError as e:
    print('TypeError:', e)


class Temp:
    def __init__(self, deg):
        self.deg = deg

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ('C', 'F') else 'C'
        num_spec = spec[:-1] if spec[-1:] in ('C', 'F') else spec
        value = self.deg if unit == 'C' else self.deg * 9 / 5 + 32
        return format(value, num_spec) + unit

t = Temp(21.5)
print(f'{t}|{t:.1fF}|{t:8.2fC}|{t:.0f}')
temps = [Temp(0), Temp(100), Temp(-40)]
print(', '.join(f'{x:.1fF}' for x in temps))


class Bad:
    def __format__(self, spec):
        return 3

try:
    f'{Bad()}'
except TypeError as e:
    print('TypeError:', e)
