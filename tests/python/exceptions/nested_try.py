# Nested try statements and propagation through functions.
def level3(x):
    if x == 'value':
        raise ValueError('level3 value')
    if x == 'key':
        raise KeyError('level3 key')
    return 'level3 ok'
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        return 'level2 handled ' + str(e)
    finally:
        print('  level2 finally for', x)
def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        return 'level1 handled ' + str(e)
for x in ['ok', 'value', 'key']:
    print(level1(x))
try:
    try:
        try:
            raise IndexError('deep')
        except KeyError:
            print('wrong')
        finally:
            print('finally 1')
    except ValueError:
        print('wrong')
    finally:
        print('finally 2')
except IndexError as e:
    print('outermost caught', e)
def cleanup_order():
    order = []
    try:
        try:
            order.append('a')
            raise ValueError
        except ValueError:
            order.append('b')
            raise TypeError
        finally:
            order.append('c')
    except TypeError:
        order.append('d')
    finally:
        order.append('e')
    return order
print(cleanup_order())
