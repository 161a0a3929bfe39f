# An uncaught user exception with a custom __str__ and extra attributes.
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return '%d %s' % (self.code, self.reason)

try:
    raise HTTPError(301, 'Moved')
except HTTPError as e:
    print('handled:', e, e.args)
raise HTTPError(404, 'Not Found')
