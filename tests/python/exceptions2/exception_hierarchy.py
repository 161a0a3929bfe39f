# A hierarchy of user exception classes: catching by base class, except ordering, MRO.
class AppError(Exception):
    pass


class DatabaseError(AppError):
    pass


class ConnectionFailed(DatabaseError):
    pass


class QueryError(DatabaseError):
    pass


class ConfigError(AppError, ValueError):
    pass


def fail(kind):
    if kind == 'conn':
        raise ConnectionFailed('host down')
    if kind == 'query':
        raise QueryError('bad sql')
    if kind == 'config':
        raise ConfigError('missing key')
    if kind == 'app':
        raise AppError('generic')
    if kind == 'value':
        raise ValueError('plain value')
    return 'fine'

for kind in ['conn', 'query', 'config', 'app', 'value', 'none']:
    try:
        print(fail(kind))
    except ConnectionFailed as e:
        print('ConnectionFailed handler:', e)
    except DatabaseError as e:
        print('DatabaseError handler:', type(e).__name__, e)
    except ValueError as e:
        print('ValueError handler:', type(e).__name__, e)
    except AppError as e:
        print('AppError handler:', e)

for kind in ['conn', 'config', 'value']:
    try:
        fail(kind)
    except AppError as e:
        print('broad first:', type(e).__name__)
    except ConnectionFailed:
        print('never reached')
    except Exception as e:
        print('fallback:', type(e).__name__)

print([c.__name__ for c in ConfigError.__mro__])
print(issubclass(ConnectionFailed, AppError), issubclass(ConfigError, ValueError), issubclass(QueryError, ConnectionFailed))
print(isinstance(ConfigError('x'), (KeyError, AppError)))
handled = {}
for kind in ['conn', 'query', 'config', 'app']:
    try:
        fail(kind)
    except AppError as e:
        for cls in type(e).__mro__:
            handled[cls.__name__] = handled.get(cls.__name__, 0) + 1
print(handled)


class Retryable(Exception):
    pass


class Timeout(Retryable, DatabaseError):
    pass

attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Timeout('attempt %d timed out' % attempts)
    return 'succeeded after %d' % attempts

while True:
    try:
        print(flaky())
        break
    except Retryable as e:
        print('retrying:', e, isinstance(e, DatabaseError))
