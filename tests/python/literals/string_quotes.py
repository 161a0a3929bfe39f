# Single, double and triple quoted string literals and their values.
a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
print(a)
print(b)
print(c)
print(d)
print(len(a), len(b), len(c), len(d))
print('it\'s')
print("it's")
print('say "hi"')
print("say \"hi\"")
print('''both ' and " inside''')
print("""both ' and " inside""")
print(repr(a), repr(b))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print('' == "")
print(len(''), len(""), len(''''''), len(""""""))
print(a == 'single', b == "double")
print('abc' == "abc" == '''abc''' == """abc""")
e = 'a' "b" 'c'
print(e)
print(type(e).__name__)
print(repr(''))
print(repr(""))
print('#not a comment')
print("contains # hash")
