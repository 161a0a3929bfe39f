a = r'\d+' R'\w' u'u' U'U'
b = b'bytes' B'B' br'\x' rb'\y' Rb'z' bR'w' BR'v' RB'u'
c = f'{x}' F'{y}' rf'\{z}' fr'{w}\n' Rf'{v}' fR'{u}'
