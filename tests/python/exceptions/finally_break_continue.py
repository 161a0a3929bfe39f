# break and continue inside try/finally in loops.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
print('after loop')
i = 0
while i < 10:
    i += 1
    try:
        try:
            if i % 2:
                continue
            if i > 6:
                break
            print('even', i)
        finally:
            print('inner finally', i)
    finally:
        print('outer finally', i)
print('i =', i)
def loop_with_return():
    for x in range(5):
        try:
            if x == 2:
                return 'returned at 2'
        finally:
            print('cleanup', x)
print(loop_with_return())
for j in range(3):
    try:
        raise ValueError(j)
    except ValueError as e:
        if j == 1:
            continue
        print('handled', e)
    finally:
        print('finally j', j)
for k in range(3):
    try:
        pass
    finally:
        if k == 1:
            break
print('k =', k)
