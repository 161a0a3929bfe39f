# A recursive pretty-printer and serializer for nested lists/dicts (JSON-like).
def escape(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == '\\':
            out += '\\\\'
        elif ch == '\n':
            out += '\\n'
        elif ch == '\t':
            out += '\\t'
        elif ord(ch) < 32:
            out += '\\u%04x' % ord(ch)
        else:
            out += ch
    return out + '"'
def dumps(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        parts = []
        for item in v:
            parts.append(dumps(item))
        return '[' + ', '.join(parts) + ']'
    if isinstance(v, dict):
        parts = []
        for k, item in v.items():
            parts.append(escape(str(k)) + ': ' + dumps(item))
        return '{' + ', '.join(parts) + '}'
    raise TypeError('cannot serialize ' + type(v).__name__)
def pretty(v, indent=0):
    pad = '  ' * indent
    if isinstance(v, dict):
        if not v:
            return '{}'
        lines = ['{']
        items = list(v.items())
        for i, (k, item) in enumerate(items):
            comma = ',' if i < len(items) - 1 else ''
            lines.append(pad + '  ' + escape(str(k)) + ': ' + pretty(item, indent + 1) + comma)
        lines.append(pad + '}')
        return '\n'.join(lines)
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        lines = ['[']
        for i, item in enumerate(v):
            comma = ',' if i < len(v) - 1 else ''
            lines.append(pad + '  ' + pretty(item, indent + 1) + comma)
        lines.append(pad + ']')
        return '\n'.join(lines)
    return dumps(v)
doc = {
    'name': 'Tessera',
    'version': [1, 0, 2],
    'stable': False,
    'ratio': 0.75,
    'big': 2**70,
    'tags': ['lang', 'truffle', 'say "hi"'],
    'nested': {'empty_list': [], 'empty_dict': {}, 'none': None, 'deep': [[1, [2, [3]]], {'k': 'v\n'}]},
    7: 'int key',
}
print(dumps(doc))
print(pretty(doc))
print(dumps([]), dumps({}), dumps('tab\there'), dumps('\x01'))
try:
    dumps({'bad': range(3)})
except TypeError as e:
    print('TypeError:', e)
def parse(s):
    pos = [0]
    def ws():
        while pos[0] < len(s) and s[pos[0]] in ' \n\t':
            pos[0] += 1
    def value():
        ws()
        ch = s[pos[0]]
        if ch == '[':
            pos[0] += 1
            out = []
            ws()
            if s[pos[0]] == ']':
                pos[0] += 1
                return out
            while True:
                out.append(value())
                ws()
                if s[pos[0]] == ',':
                    pos[0] += 1
                else:
                    pos[0] += 1
                    return out
        if ch == '{':
            pos[0] += 1
            out = {}
            ws()
            if s[pos[0]] == '}':
                pos[0] += 1
                return out
            while True:
                ws()
                k = value()
                ws()
                pos[0] += 1
                out[k] = value()
                ws()
                if s[pos[0]] == ',':
                    pos[0] += 1
                else:
                    pos[0] += 1
                    return out
        if ch == '"':
            j = pos[0] + 1
            buf = ''
            while s[j] != '"':
                if s[j] == '\\':
                    j += 1
                    buf += {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}[s[j]]
                else:
                    buf += s[j]
                j += 1
            pos[0] = j + 1
            return buf
        for word, val in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        j = pos[0]
        while j < len(s) and s[j] in '-+.eE0123456789':
            j += 1
        text = s[pos[0]:j]
        pos[0] = j
        if '.' in text or 'e' in text or 'E' in text:
            return float(text)
        return int(text)
    return value()
round_trip = parse(dumps(doc))
print(round_trip)
print(dumps(round_trip) == dumps(doc).replace('"7"', '"7"'))
