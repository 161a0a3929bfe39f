a = b'\x00\x7f\xff\n\t\r\\'
b = b'\0\12\377\777'
c = b'\q\N{BULLET}\u0041'
d = b"'"
e = b'"'
