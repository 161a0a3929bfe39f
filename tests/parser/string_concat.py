a = 'a' 'b' "c"
b = b'x' b'y'
c = ('multi'
     'line'
     'concat')
d = u'u' 'plain'
e = 'plain' u'u'
f = r'\raw' 'cooked\n'
