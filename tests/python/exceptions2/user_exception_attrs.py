# User exceptions with __init__ calling super(), custom __str__ and extra attributes.
class ParseError(Exception):
    def __init__(self, message, line, col):
        super().__init__(message)
        self.line = line
        self.col = col

    def __str__(self):
        return '%s at %d:%d' % (self.args[0], self.line, self.col)


class HTTPError(Exception):
    def __init__(self, status, reason='unknown'):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def is_client_error(self):
        return 400 <= self.status < 500


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value

try:
    raise ParseError('unexpected token', 3, 14)
except ParseError as e:
    print(e)
    print(e.args, e.line, e.col, repr(e))
try:
    raise HTTPError(404, 'Not Found')
except HTTPError as e:
    print(e, '|', e.status, e.reason, e.is_client_error(), e.args)
try:
    raise HTTPError(503)
except HTTPError as e:
    print(str(e), e.is_client_error(), repr(e))
try:
    raise NoSuper(7)
except NoSuper as e:
    print(repr(str(e)), e.args, e.value, repr(e))


class Detailed(Exception):
    def __init__(self, **info):
        super().__init__(', '.join('%s=%r' % kv for kv in sorted(info.items())))
        self.info = info

try:
    raise Detailed(user='ann', code=7)
except Detailed as e:
    print(e, e.info['code'])


class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<%s>' % (self.args,)

print(repr(WithRepr(1, 2)), str(WithRepr(1, 2)), [WithRepr('x')])


class Counted(Exception):
    count = 0

    def __init__(self, *args):
        Counted.count += 1
        super().__init__(*args)

for i in range(3):
    try:
        raise Counted(i)
    except Counted as e:
        pass
print(Counted.count)
try:
    print(e)
except NameError as ne:
    print('NameError:', ne)
err = ParseError('eof', 1, 1)
err.line = 99
print(err)
print(str(ParseError('m', 0, 0)).upper())
