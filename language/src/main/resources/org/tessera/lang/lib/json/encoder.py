"""Implementation of JSONEncoder (Tessera).

Output is identical to CPython's (its C encoder for one-shot encoding
without indent, the pure-Python one otherwise, including their slightly
different error messages).  Chunks are collected in a list and joined.
"""

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

from _json import encode as _fast_encode

INFINITY = float('inf')

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u%04x' % (_i,))

# Output for every ASCII character in ensure_ascii mode.
_ASCII_TABLE = {}
for _i in range(0x80):
    _c = chr(_i)
    _ASCII_TABLE[_c] = ESCAPE_DCT.get(_c, _c)
_ASCII_TABLE['\x7f'] = '\\u007f'
del _i, _c


def _escape_nonprintable(s):
    # s has had '\\', '"' and the named control escapes replaced already.
    out = []
    append = out.append
    for c in s:
        if c < ' ':
            append(ESCAPE_DCT[c])
        else:
            append(c)
    return ''.join(out)


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if '"' in s or '\\' in s:
        s = s.replace('\\', '\\\\').replace('"', '\\"')
    if not s.isprintable():
        s = (s.replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')
             .replace('\b', '\\b').replace('\f', '\\f'))
        if not s.isprintable() and not _no_control(s):
            s = _escape_nonprintable(s)
    return '"' + s + '"'


def _no_control(s):
    for c in s:
        if c < ' ':
            return False
    return True


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and s.isprintable():
        if '"' in s or '\\' in s:
            s = s.replace('\\', '\\\\').replace('"', '\\"')
        return '"' + s + '"'
    out = []
    append = out.append
    table = _ASCII_TABLE
    for c in s:
        r = table.get(c)
        if r is None:
            n = ord(c)
            if n < 0x10000:
                r = '\\u%04x' % (n,)
            else:
                # surrogate pair
                n -= 0x10000
                r = '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))
        append(r)
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures.

    Supports the following objects and types by default:

    +-------------------+---------------+
    | Python            | JSON          |
    +===================+===============+
    | dict              | object        |
    +-------------------+---------------+
    | list, tuple       | array         |
    +-------------------+---------------+
    | str               | string        |
    +-------------------+---------------+
    | int, float        | number        |
    +-------------------+---------------+
    | True              | true          |
    +-------------------+---------------+
    | False             | false         |
    +-------------------+---------------+
    | None              | null          |
    +-------------------+---------------+

    To extend this to recognize other objects, subclass and implement a
    ``.default()`` method with another method that returns a serializable
    object for ``o`` if possible, otherwise it should call the superclass
    implementation (to raise ``TypeError``).
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError('Object of type %s is not JSON serializable' % (o.__class__.__name__,))

    def encode(self, o):
        """Return a JSON string representation of a Python data structure.

        >>> from json.encoder import JSONEncoder
        >>> JSONEncoder().encode({"foo": ["bar", "baz"]})
        '{"foo": ["bar", "baz"]}'

        """
        # This is for extremely simple cases and benchmarks.
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        # This doesn't pass the iterator directly to ''.join() because the
        # exceptions aren't as detailed.  The list call should be roughly
        # equivalent to the PySequence_Fast that ''.join() would do.
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and return its string representation
        as an iterable of chunks.

            for chunk in JSONEncoder().iterencode(bigobject):
                mysocket.write(chunk)

        """
        if _one_shot and getattr(self.default, '__func__', None) is JSONEncoder.default:
            # The Java fast path (as CPython's C encoder): the whole text, or None when the
            # object needs the Python code below (cycles, errors, other types, subclasses).
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            text = _fast_encode(o, indent, self.key_separator, self.item_separator, self.sort_keys,
                                self.skipkeys, self.ensure_ascii, self.allow_nan)
            if text is not None:
                return [text]
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        allow_nan = self.allow_nan
        # CPython uses its C encoder for one-shot encoding without indent;
        # its out-of-range message does not carry the value.
        c_style = _one_shot and self.indent is None

        def floatstr(o):
            # Check for specials.  Note that this type of test is processor
            # and/or platform-specific, so do tests which don't depend on the
            # internals.
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            elif type(o) is float:
                return repr(o)
            else:
                # float subclass: the plain float's repr (as float.__repr__)
                return repr(float(o))
            if not allow_nan:
                if c_style:
                    raise ValueError('Out of range float values are not JSON compliant')
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            return text

        _iterencode = _make_iterencode(
            markers, self.default, _encoder, self.indent, floatstr,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _intstr(value):
    if type(value) is int:
        return str(value)
    # int subclass (e.g. an IntEnum): the plain int's repr (as int.__repr__)
    return str(int(value))


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot):

    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    chunks = []
    append = chunks.append

    def _encode_list(lst, level):
        if not lst:
            append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = lst
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            append('[' + newline_indent)
        else:
            newline_indent = None
            separator = _item_separator
            append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                append(separator)
            if isinstance(value, str):
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_intstr(value))
            elif isinstance(value, float):
                append(_floatstr(value))
            elif isinstance(value, (list, tuple)):
                _encode_list(value, level)
            elif isinstance(value, dict):
                _encode_dict(value, level)
            else:
                _encode(value, level)
        if newline_indent is not None:
            append('\n' + _indent * (level - 1))
        append(']')
        if markers is not None:
            del markers[markerid]

    def _encode_dict(dct, level):
        if not dct:
            append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = dct
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            append('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
            append('{')
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            # JavaScript is weakly typed for these, so it makes sense to
            # also allow them.  Many encoders seem to do something like this.
            elif isinstance(key, float):
                # see comment for int/float in _make_iterencode
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                # see comment for int/float in _make_iterencode
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                'not %s' % (key.__class__.__name__,))
            if first:
                first = False
            else:
                append(item_separator)
            append(_encoder(key))
            append(_key_separator)
            if isinstance(value, str):
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_intstr(value))
            elif isinstance(value, float):
                append(_floatstr(value))
            elif isinstance(value, (list, tuple)):
                _encode_list(value, level)
            elif isinstance(value, dict):
                _encode_dict(value, level)
            else:
                _encode(value, level)
        if newline_indent is not None:
            append('\n' + _indent * (level - 1))
        append('}')
        if markers is not None:
            del markers[markerid]

    def _encode(o, level):
        if isinstance(o, str):
            append(_encoder(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(_intstr(o))
        elif isinstance(o, float):
            append(_floatstr(o))
        elif isinstance(o, (list, tuple)):
            _encode_list(o, level)
        elif isinstance(o, dict):
            _encode_dict(o, level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = o
            o = _default(o)
            _encode(o, level)
            if markers is not None:
                del markers[markerid]

    def _iterencode(o, level):
        _encode(o, level)
        return chunks

    return _iterencode
