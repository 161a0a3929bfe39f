# return inside try with finally; finally overriding return.
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally runs')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed exception'
print(f3())
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x changed to', x)
print(f4())
def f5():
    lst = []
    try:
        return lst
    finally:
        lst.append('mutated in finally')
print(f5())
def f6():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f6())
def f7():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('finally for', i)
print(f7())
def f8():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f8 finally')
print(f8())
