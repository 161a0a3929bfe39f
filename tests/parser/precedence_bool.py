a = not x and y or z
b = x or y and z
c = not not x
d = x and (y or z)
e = a or b or c or d
f = a and b and c
g = not a == b
