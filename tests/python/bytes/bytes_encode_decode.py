# str.encode / bytes.decode with UTF-8 for ASCII and non-ASCII text, errors and round trips.
for s in ['hello', 'caf\u00e9', '\u00fcber', '\u4e2d\u6587', 'emoji \U0001F600', '', '\x00\x7f', '\u20ac5']:
    e = s.encode()
    print(repr(s), e, len(s), len(e), e.decode() == s)
print('abc'.encode('utf-8'), 'abc'.encode('ascii'), 'caf\u00e9'.encode('utf-8'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'\xe2\x82\xac'.decode())
print(b'\xf0\x9f\x98\x80'.decode() == '\U0001F600', len(b'\xf0\x9f\x98\x80'.decode()))
print(bytes('text', 'utf-8'), str(b'text', 'utf-8'), str(b'text'))
try:
    b'\xff\xfe'.decode()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    b'caf\xc3'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
try:
    'caf\u00e9'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), 'caf\u00e9'.encode('ascii', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(issubclass(UnicodeDecodeError, ValueError))
text = 'na\u00efve r\u00e9sum\u00e9'
data = text.encode()
print(data, list(data[:4]), data.decode()[::-1])
print(sum(1 for byte in data if byte >= 128), len(text), len(data))
