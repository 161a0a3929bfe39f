# Uncaught ValueError from str.index.
s = 'hello world'
print(s.index('world'))
print(s.index('World'))
