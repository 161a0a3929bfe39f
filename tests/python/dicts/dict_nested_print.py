# Printing nested dicts and mixed containers.
config = {
    'name': 'server',
    'ports': [80, 443],
    'limits': {'cpu': 2.5, 'mem': 1024, 'flags': (True, False, None)},
    'tags': [],
    'meta': {},
    "quote's": 'say "hi"',
}
print(config)
print(config['limits'])
print(config['limits']['flags'][0])
config['limits']['extra'] = {'deep': {'deeper': [1, {'deepest': 'yes'}]}}
print(config['limits'])
print(str(config) == repr(config))
matrix = {(0, 0): [1, 2], (0, 1): {'x': 1.5}}
print(matrix)
print({1: {2: {3: {4: {}}}}})
print([{'a': 1}, {'b': [2, (3,)]}])
print({'tab': '\t', 'nl': '\n', 'uni': 'é', 'neg': -0.0, 'big': 10**20})
