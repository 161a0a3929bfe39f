# and/or return operands and short-circuit.
log = []
def t(name, val):
    log.append(name)
    return val
print(t('a', 0) and t('b', 1))
print(log)
log.clear()
print(t('a', 1) and t('b', 2))
print(log)
log.clear()
print(t('a', 0) or t('b', ''))
print(log)
log.clear()
print(t('a', 'x') or t('b', 'y'))
print(log)
log.clear()
print(t('a', 1) and t('b', 0) or t('c', 3))
print(log)
log.clear()
print(not t('a', []))
print(log)
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or None, 0 or '' or 'last')
print([] or {} or (), [1] and 'yes')
print(None or 0, None and 0)
d = {}
name = d.get('name') or 'anonymous'
print(name)
x = 5
print(x > 3 and 'big' or 'small')
print(x > 10 and 'big' or 'small')
print(not 0, not 5, not not 5)
print(True and not False)
