# Common TypeError messages.
five = 5
none = None
text = 's'
one_list = [1]
float_index = 1.0
tests = [
    ("1 + 'a'", lambda: 1 + 'a'),
    ("'a' + 1", lambda: 'a' + 1),
    ("[1] + 'a'", lambda: [1] + 'a'),
    ("1 - 'a'", lambda: 1 - 'a'),
    ("'a' * 'b'", lambda: 'a' * 'b'),
    ("'a' - 'b'", lambda: 'a' - 'b'),
    ("None + 1", lambda: None + 1),
    ("1 < 'a'", lambda: 1 < 'a'),
    ("'a' >= 2", lambda: 'a' >= 2),
    ("[] < {}", lambda: [] < {}),
    ("None < None", lambda: None < None),
    ("5[0]", lambda: five[0]),
    ("None[0]", lambda: none[0]),
    ("5()", lambda: five()),
    ("'s'()", lambda: text()),
    ("for in 5", lambda: list(5)),
    ("len(5)", lambda: len(5)),
    ("-'a'", lambda: -'a'),
    ("~1.5", lambda: ~1.5),
    ("{}[[1]]", lambda: {}[[1]]),
    ("int(None)", lambda: int(None)),
    ("float([])", lambda: float([])),
    ("1 / 'a'", lambda: 1 / 'a'),
    ("2 ** 'a'", lambda: 2 ** 'a'),
    ("1.5 % 'a'", lambda: 1.5 % 'a'),
    ("[1][1.0]", lambda: one_list[float_index]),
    ("'x' in 5", lambda: 'x' in 5),
    ("5 in 'abc'", lambda: 5 in 'abc'),
    ("abs('a')", lambda: abs('a')),
    ("sum(['a'])", lambda: sum(['a'])),
    ("'%d' % 'x'", lambda: '%d' % 'x'),
    ("1 & 1.0", lambda: 1 & 1.0),
    ("[1] * [2]", lambda: [1] * [2]),
    ("round('x')", lambda: round('x')),
]
def set_str_item():
    s = 'abc'
    s[1] = 'x'
def del_tuple_item():
    t = (1, 2)
    del t[0]
tests.append(("s[1] = 'x'", set_str_item))
tests.append(('del t[0]', del_tuple_item))
for desc, thunk in tests:
    try:
        thunk()
        print(desc, 'no error')
    except TypeError as e:
        print(desc, '->', e)
