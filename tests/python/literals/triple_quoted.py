# Triple-quoted strings span lines and keep indentation.
text = """first line
second line
    indented third
last"""
print(text)
print(repr(text))
print(len(text))
lines = text.split('\n')
print(len(lines))
for line in lines:
    print('[' + line + ']')
t2 = '''
starts with newline
'''
print(repr(t2))
print(len(t2))
t3 = """quote " inside and '' two singles"""
print(t3)
t4 = '''he said "yes" and 'no' '''
print(t4)
t5 = """a\tb\nc"""
print(repr(t5))
t6 = """line one \
continued"""
print(t6)
def f():
    s = """inside
    function"""
    return s
print(repr(f()))
print("""""" == '')
