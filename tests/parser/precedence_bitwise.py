a = b | c ^ d & e << f >> g + h
b = (b | c) ^ d
c = a << b << c
d = a & b | c & d
e = a ^ b ^ c
