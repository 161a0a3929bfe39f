a = '\n\t\r\\\'\"\a\b\f\v\0'
b = '\1\12\123\400\777'
c = '\x41\x7e\xff'
d = '\u00e9\u4e2d\U0001F600\U00000041'
e = '\N{BULLET}\N{LATIN SMALL LETTER A}'
f = '\q\8\9\ '
g = 'line \
continued'
