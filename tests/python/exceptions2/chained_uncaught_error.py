# An uncaught exception with explicit and implicit chains; only the final one is last on stderr.
class ConfigError(Exception):
    pass


def read(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError('missing setting %r' % key) from e


def start(cfg):
    try:
        port = int(read(cfg, 'port'))
    except ValueError:
        raise ConfigError('port is not a number')
    return port

print(start({'port': '8080'}))
try:
    start({'port': 'eighty'})
except ConfigError as e:
    print('handled:', e, '| context:', repr(e.__context__))
print(start({}))
