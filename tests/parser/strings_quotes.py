a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = 'it\'s'
f = "say \"hi\""
g = '"'
h = "'"
i = ''
j = ''''''
k = 'both \' and "'
