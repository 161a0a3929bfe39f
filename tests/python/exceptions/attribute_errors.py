# AttributeError messages for builtin types.
tests = [
    ("(5).foo", lambda: (5).foo),
    ("'s'.foo", lambda: 's'.foo),
    ("[].push", lambda: [].push),
    ("{}.append", lambda: {}.append),
    ("None.x", lambda: None.x),
    ("(1,).append", lambda: (1,).append),
    ("1.5.real_part", lambda: 1.5.real_part),
    ("True.nope", lambda: True.nope),
    ("'abc'.length", lambda: 'abc'.length),
]
for desc, thunk in tests:
    try:
        thunk()
        print(desc, 'no error')
    except AttributeError as e:
        print(desc, '->', e)
