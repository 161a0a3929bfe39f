# Uncaught ValueError from int() parsing.
for s in ['1', '22', '333']:
    print(int(s) * 2)
print(int('abc'))
