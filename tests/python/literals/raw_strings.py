# Raw string literals keep backslashes.
r1 = r'a\nb'
print(r1)
print(len(r1))
print(repr(r1))
r2 = r"C:\path\to\file"
print(r2)
print(len(r2))
print(repr(r2))
r3 = r'\x41'
print(r3, len(r3))
print(r'\t' == '\\t')
print(r'\\' == '\\\\')
print(len(r'\\'))
r4 = R'upper prefix \d+'
print(r4)
r5 = r'''raw
triple \n'''
print(r5)
print(repr(r5))
print(r'\'' , len(r'\''))
print(r"\"", len(r"\""))
print(r'a' 'b\n' r'\c')
print(repr(r'a' 'b\n' r'\c'))
print(r'\u00e9', len(r'\u00e9'))
