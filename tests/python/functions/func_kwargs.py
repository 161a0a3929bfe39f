# **kwargs collects extra keyword arguments into a dict (in call order).
def describe(**info):
    print(type(info).__name__, info)
    for k, v in info.items():
        print(' ', k, '=', v)
describe()
describe(name='Ann', age=3)
describe(z=1, a=2, m=3)
def tag(name, **attrs):
    s = '<' + name
    for k, v in attrs.items():
        s += ' ' + k + '="' + str(v) + '"'
    return s + '>'
print(tag('a', href='x.html', title='X'))
print(tag('br'))
def everything(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9, f=10))
print(everything(a=1, c=3, z=26))
def forward(**kw):
    return describe(**kw)
forward(x=1, y=2)
