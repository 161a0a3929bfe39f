# Functions are first-class values.
def double(x):
    return x * 2
def negate(x):
    return -x
pipeline = [double, negate, double, abs]
v = 3
for step in pipeline:
    v = step(v)
    print(v)
table = {'d': double, 'n': negate}
print(table['d'](10), table['n'](10))
alias = double
print(alias(4), alias is double, callable(alias))
def apply_all(fs, x):
    out = []
    for f in fs:
        out.append(f(x))
    return out
print(apply_all([double, negate, str, float, bool], 5))
builtins_list = [len, abs, max]
print(builtins_list[0]('abc'), builtins_list[1](-3), builtins_list[2]([4, 7]))
def make_op(name):
    if name == 'sq':
        def op(x):
            return x * x
    else:
        def op(x):
            return x + 1
    return op
print(make_op('sq')(9), make_op('inc')(9))
print(type(double).__name__)
print(double == double, double == negate)
