# Chaining string methods for normalization tasks.
raw = ['  Hello, World!  ', 'MiXeD cAsE\t', 'snake_case_name', 'kebab-case-name', '  spaced   out   words ',
       'CamelCaseName', 'trailing...', '']
for s in raw:
    norm = ' '.join(s.split()).lower().strip('.!,')
    print(repr(s), '->', repr(norm))
def snake_to_camel(s):
    parts = s.split('_')
    out = parts[0]
    for p in parts[1:]:
        out += p.capitalize()
    return out
def camel_to_snake(s):
    out = ''
    for i, ch in enumerate(s):
        if ch.isupper() and i > 0:
            out += '_'
        out += ch.lower()
    return out
print(snake_to_camel('snake_case_name'), camel_to_snake('CamelCaseName'), camel_to_snake('already'))
print('kebab-case-name'.replace('-', ' ').title().replace(' ', ''))
csv = 'name, age ,city\n Ann,31, Oslo \nBob , 25,Rome'
for line in csv.splitlines():
    cells = []
    for c in line.split(','):
        cells.append(c.strip())
    print(cells, '|'.join(cells).upper())
path = '/usr/local/lib/python3.11/site-packages/'
print(path.strip('/').split('/'), path.rstrip('/').rsplit('/', 1)[-1])
email = '  John.Doe@Example.COM '
user, _, domain = email.strip().partition('@')
print(user.lower(), domain.lower(), user.lower().replace('.', '') + '@' + domain.lower())
print('-'.join('2024 01 15'.split()).center(16, '*'))
print('x'.join('abc').upper().count('X'), 'Mississippi'.lower().replace('ss', 'SS').swapcase())
