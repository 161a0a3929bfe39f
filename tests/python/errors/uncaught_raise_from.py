# Uncaught exception raised from another: the last line is the new exception.
def lookup(key):
    try:
        return {'a': 1}[key]
    except KeyError as e:
        raise LookupError('setting not found: ' + key) from e
print(lookup('a'))
print(lookup('b'))
