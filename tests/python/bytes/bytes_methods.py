# bytes methods mirroring str: case, split/join, find/count, strip, predicates, replace, center.
b = b'hello world'
print(b.upper(), b.title(), b.capitalize(), b'MiXed'.lower(), b'MiXed'.swapcase())
print(b.split(), b.split(b'o'), b'a,b,,c'.split(b','), b'a b c'.split(None, 1), b.rsplit(b' ', 1))
print(b'-'.join([b'a', b'b', b'c']), b''.join([b'x', b'y']), b', '.join(b.split()))
print(b.startswith(b'hell'), b.endswith(b'ld'), b.startswith((b'x', b'h')), b.find(b'o'), b.rfind(b'o'))
print(b.index(b'w'), b.count(b'l'), b.count(b'o', 5), b.find(b'zz'), b.find(111))
print(b'  pad  '.strip(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxpadxx'.strip(b'x'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'ABC'.isupper(), b'abc'.islower(), b' \t'.isspace(), b'a1'.isalnum())
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b'abc'.center(9, b'*'), b'7'.zfill(3))
print(b.partition(b' '), b.rpartition(b'o'), b'line1\nline2'.splitlines())
print(b'abc'.ljust(5, b'.'), b'abc'.rjust(5), b'tab\tbed'.expandtabs(4))
try:
    b.split('o')
except TypeError as e:
    print('TypeError:', e)
try:
    b.index(b'zz')
except ValueError as e:
    print('ValueError:', e)
