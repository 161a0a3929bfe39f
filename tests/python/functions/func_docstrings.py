# Docstrings are allowed as the first statement and don't affect results.
def documented(x):
    """Return x doubled.

    Extra documentation lines.
    """
    return x * 2
def single_line():
    'single-quoted docstring'
    return 'body ran'
def docstring_then_code(n):
    """Docstring."""
    total = 0
    for i in range(n):
        total += i
    return total
print(documented(21))
print(single_line())
print(docstring_then_code(10))
print(documented.__doc__.split('\n')[0])
print(single_line.__doc__)
def no_doc():
    return 1
print(no_doc.__doc__)
