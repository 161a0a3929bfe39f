"""Implementation of JSONDecoder (Tessera).

A hand-written scanner (no regular expressions) that follows CPython's C
scanner (Modules/_json.c): the same accepted language, the same error
messages and the same error positions.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

from _json import scan as _fast_scan

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

def _parse_constant(name):
    return _CONSTANTS[name]


BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEXVALUE = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEXVALUE[_c] = _i
    _HEXVALUE[_c.upper()] = _i
del _i, _c

WHITESPACE_STR = ' \t\n\r'


def _hex4(s, pos):
    """Value of the 4 hex digits s[pos:pos+4], or -1 if one is not a hex digit."""
    hexvalue = _HEXVALUE
    d0 = hexvalue.get(s[pos], -1)
    d1 = hexvalue.get(s[pos + 1], -1)
    d2 = hexvalue.get(s[pos + 2], -1)
    d3 = hexvalue.get(s[pos + 3], -1)
    if d0 < 0 or d1 < 0 or d2 < 0 or d3 < 0:
        return -1
    return (d0 << 12) | (d1 << 8) | (d2 << 4) | d3


def _no_control(chunk):
    for c in chunk:
        if c < ' ':
            return False
    return True


def _scanstring_general(s, end, strict):
    """The general string scanner: escapes, control characters and errors."""
    n = len(s)
    begin = end - 1
    chunks = []
    append = chunks.append
    q = -2          # position of the next '"' at or after end (-1: none)
    while True:
        if q != -1 and q < end:
            q = s.find('"', end)
        limit = q if q >= 0 else n
        b = s.find('\\', end, limit)
        nxt = b if b >= 0 else limit
        if strict and nxt > end:
            chunk = s[end:nxt]
            if not chunk.isprintable():
                for i in range(end, nxt):
                    if s[i] < ' ':
                        raise JSONDecodeError('Invalid control character at', s, i)
        if nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if nxt > end:
            append(s[end:nxt])
        if b < 0:
            # the closing quote
            return ''.join(chunks), nxt + 1
        # a backslash escape
        nxt += 1
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            char = BACKSLASH.get(c)
            if char is None:
                raise JSONDecodeError('Invalid \\escape', s, end - 2)
            append(char)
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
            uni = _hex4(s, nxt)
            if uni < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end - 5)
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
                uni2 = _hex4(s, end + 2)
                if uni2 < 0:
                    raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            append(chr(uni))


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Unescapes all valid JSON string escape sequences and raises ValueError
    on attempt to decode an invalid string. If strict is False then literal
    control characters are allowed in the string.

    Returns a tuple of the decoded string and the index of the character in s
    after the end quote."""
    if end < 0 or end > len(s):
        raise ValueError('end is out of bounds')
    q = s.find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if '\\' not in chunk and (chunk.isprintable() or not strict or _no_control(chunk)):
            return chunk, q + 1
    return _scanstring_general(s, end, strict)


py_scanstring = scanstring


def make_scanner(context):
    """Build scan_once(string, idx) -> (value, end) for a decoder context."""
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    if parse_float is float:
        parse_float = None
    if parse_int is int:
        parse_int = None

    def scan_string(s, idx):
        # idx: index after the opening quote
        q = s.find('"', idx)
        if q >= 0:
            chunk = s[idx:q]
            if '\\' not in chunk and (chunk.isprintable() or not strict or _no_control(chunk)):
                return chunk, q + 1
        return _scanstring_general(s, idx, strict)

    def match_number(s, idx, n):
        start = idx
        c = s[idx]
        if c == '-':
            idx += 1
            if idx >= n:
                raise JSONDecodeError('Expecting value', s, start)
            c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise JSONDecodeError('Expecting value', s, start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n - 1:
            c = s[idx]
            if c == 'e' or c == 'E':
                e_start = idx
                idx += 1
                if idx < n - 1:
                    c = s[idx]
                    if c == '-' or c == '+':
                        idx += 1
                while idx < n and '0' <= s[idx] <= '9':
                    idx += 1
                if '0' <= s[idx - 1] <= '9':
                    is_float = True
                else:
                    idx = e_start
        numstr = s[start:idx]
        if is_float:
            if parse_float is None:
                return float(numstr), idx
            return parse_float(numstr), idx
        if parse_int is None:
            return int(numstr), idx
        return parse_int(numstr), idx

    def scan_value(s, idx, n):
        if idx >= n:
            raise JSONDecodeError('Expecting value', s, idx)
        c = s[idx]
        if c == '"':
            return scan_string(s, idx + 1)
        if c == '{':
            return parse_object(s, idx + 1, n)
        if c == '[':
            return parse_array(s, idx + 1, n)
        if c == 'n':
            if s.startswith('null', idx):
                return None, idx + 4
        elif c == 't':
            if s.startswith('true', idx):
                return True, idx + 4
        elif c == 'f':
            if s.startswith('false', idx):
                return False, idx + 5
        elif c == 'N':
            if s.startswith('NaN', idx):
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s.startswith('Infinity', idx):
                return parse_constant('Infinity'), idx + 8
        elif c == '-':
            if s.startswith('-Infinity', idx):
                return parse_constant('-Infinity'), idx + 9
        return match_number(s, idx, n)

    def parse_object(s, idx, n):
        # idx: index after '{'
        ws = WHITESPACE_STR
        while idx < n and s[idx] in ws:
            idx += 1
        if object_pairs_hook is not None:
            pairs = []
            result = None
        else:
            pairs = None
            result = {}
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                          s, idx)
                # the key (fast path inline: no escapes, no control characters)
                q = s.find('"', idx + 1)
                key = s[idx + 1:q] if q >= 0 else ''
                if (q >= 0 and '\\' not in key
                        and (key.isprintable() or not strict or _no_control(key))):
                    idx = q + 1
                else:
                    key, idx = _scanstring_general(s, idx + 1, strict)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '"':
                    q = s.find('"', idx + 1)
                    value = s[idx + 1:q] if q >= 0 else ''
                    if (q >= 0 and '\\' not in value
                            and (value.isprintable() or not strict or _no_control(value))):
                        idx = q + 1
                    else:
                        value, idx = _scanstring_general(s, idx + 1, strict)
                else:
                    value, idx = scan_value(s, idx, n)
                if pairs is None:
                    result[key] = value
                else:
                    pairs.append((key, value))
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        if pairs is not None:
            return object_pairs_hook(pairs), idx + 1
        if object_hook is not None:
            result = object_hook(result)
        return result, idx + 1

    def parse_array(s, idx, n):
        # idx: index after '['
        ws = WHITESPACE_STR
        while idx < n and s[idx] in ws:
            idx += 1
        values = []
        if idx >= n or s[idx] != ']':
            append = values.append
            while True:
                if idx < n and s[idx] == '"':
                    q = s.find('"', idx + 1)
                    value = s[idx + 1:q] if q >= 0 else ''
                    if (q >= 0 and '\\' not in value
                            and (value.isprintable() or not strict or _no_control(value))):
                        idx = q + 1
                    else:
                        value, idx = _scanstring_general(s, idx + 1, strict)
                else:
                    value, idx = scan_value(s, idx, n)
                append(value)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        return values, idx + 1

    def scan_once(string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return scan_value(string, idx, len(string))

    return scan_once


def _fast_scanner(scan_once, strict):
    """scan_once by the Java scanner (as CPython's C one); on malformed input the Python
    scanner reads it again, to raise its error with its message and position."""
    def fast_scan_once(string, idx):
        result = _fast_scan(string, idx, strict)
        if result is None:
            return scan_once(string, idx)
        return result
    return fast_scan_once


def _skip_whitespace(s, idx):
    n = len(s)
    ws = WHITESPACE_STR
    while idx < n and s[idx] in ws:
        idx += 1
    return idx


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder

    Performs the following translations in decoding by default:

    +---------------+-------------------+
    | JSON          | Python            |
    +===============+===================+
    | object        | dict              |
    +---------------+-------------------+
    | array         | list              |
    +---------------+-------------------+
    | string        | str               |
    +---------------+-------------------+
    | number (int)  | int               |
    +---------------+-------------------+
    | number (real) | float             |
    +---------------+-------------------+
    | true          | True              |
    +---------------+-------------------+
    | false         | False             |
    +---------------+-------------------+
    | null          | None              |
    +---------------+-------------------+

    It also understands ``NaN``, ``Infinity``, and ``-Infinity`` as
    their corresponding ``float`` values, which is outside the JSON spec.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = make_scanner(self)
        if (object_hook is None and object_pairs_hook is None and parse_float in (None, float)
                and parse_int in (None, int) and parse_constant is None):
            self.scan_once = _fast_scanner(self.scan_once, strict)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.

        This can be used to decode a JSON document from a string that may
        have extraneous data at the end.
        """
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
        return obj, end
