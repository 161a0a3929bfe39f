# Uncaught ValueError: not enough values to unpack.
rows = ['a,b,c', 'd,e,f', 'g,h']
for row in rows:
    x, y, z = row.split(',')
    print(x, y, z)
