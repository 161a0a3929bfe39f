# A bank-account simulation with dicts, lists and exceptions.
accounts = {}
log = []
def open_account(owner, initial=0):
    if owner in accounts:
        raise ValueError('account exists: ' + owner)
    accounts[owner] = {'balance': initial, 'history': [('open', initial)]}
    log.append('opened ' + owner)
def deposit(owner, amount):
    if amount <= 0:
        raise ValueError('deposit must be positive')
    acct = accounts[owner]
    acct['balance'] += amount
    acct['history'].append(('deposit', amount))
def withdraw(owner, amount):
    acct = accounts[owner]
    if amount > acct['balance']:
        raise ValueError('insufficient funds for %s: balance %d, requested %d' % (owner, acct['balance'], amount))
    acct['balance'] -= amount
    acct['history'].append(('withdraw', amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise
def apply_interest(rate_percent):
    for owner in accounts:
        acct = accounts[owner]
        interest = acct['balance'] * rate_percent // 100
        if interest:
            acct['balance'] += interest
            acct['history'].append(('interest', interest))
operations = [
    ('open', 'alice', 100), ('open', 'bob', 50), ('open', 'carol', 0), ('open', 'alice', 5),
    ('deposit', 'bob', 25), ('withdraw', 'alice', 30), ('withdraw', 'carol', 1),
    ('transfer', 'alice', 'carol', 40), ('transfer', 'bob', 'dave', 10), ('deposit', 'carol', -5),
    ('deposit', 'erin', 10), ('interest', 10), ('transfer', 'carol', 'bob', 44),
]
for op in operations:
    kind = op[0]
    try:
        if kind == 'open':
            open_account(op[1], op[2])
        elif kind == 'deposit':
            deposit(op[1], op[2])
        elif kind == 'withdraw':
            withdraw(op[1], op[2])
        elif kind == 'transfer':
            transfer(op[1], op[2], op[3])
        elif kind == 'interest':
            apply_interest(op[1])
        print('ok   ', op)
    except ValueError as e:
        print('error', op, '->', e)
    except KeyError as e:
        print('error', op, '-> no such account', e)
print()
for owner, acct in accounts.items():
    print(owner, acct['balance'])
    for entry in acct['history']:
        print('   ', entry[0].ljust(9), str(entry[1]).rjust(5))
total = 0
for acct in accounts.values():
    total += acct['balance']
print('total', total)
print(log)
richest = max(accounts, key=lambda o: accounts[o]['balance'])
print('richest', richest)
