# -*- coding: latin-1 -*-
s = 'été'
print(s, len(s), s.encode('utf-8'))
