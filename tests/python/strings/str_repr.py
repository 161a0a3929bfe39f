# repr() of strings chooses quotes and escapes.
samples = ["it's", 'say "hi"', 'both \' and "', 'plain', '', 'tab\t', 'nl\n', 'cr\r', 'nul\x00',
           'bell\x07', 'back\\slash', 'é', 'ü', '日本', '😀', '\x7f', '\x80', '\x9f', '\xa0', '\xad',
           '\u200b', '\ufeff', '\U0001f600', "'", '"', '\'"\'', 'x\x1by']
for s in samples:
    print(repr(s))
    print(str(s) == s, len(repr(s)))
print(['a', "b'c", 'd"e'])
print(('x', "y'"))
print({'k': "v'"})
