# Basic try/except with different exception types.
def risky(kind):
    if kind == 'zero':
        return 1 / 0
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'type':
        return 1 + 'a'
    if kind == 'value':
        return int('abc')
    if kind == 'name':
        return undefined_variable
    if kind == 'attr':
        return (5).nope
    return 'fine'
for kind in ['zero', 'key', 'index', 'type', 'value', 'name', 'attr', 'none']:
    try:
        result = risky(kind)
        print(kind, 'returned', result)
    except ZeroDivisionError:
        print(kind, 'ZeroDivisionError')
    except KeyError as e:
        print(kind, 'KeyError', e)
    except IndexError as e:
        print(kind, 'IndexError', e)
    except TypeError as e:
        print(kind, 'TypeError', e)
    except ValueError as e:
        print(kind, 'ValueError', e)
    except NameError as e:
        print(kind, 'NameError', e)
    except AttributeError as e:
        print(kind, 'AttributeError', e)
try:
    raise ValueError
except ValueError as e:
    print('bare class raised:', repr(e), e.args)
try:
    raise ValueError()
except ValueError as e:
    print('instance raised:', repr(e), repr(str(e)))
