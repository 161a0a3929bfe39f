# Uncaught AssertionError with a message.
balance = 100
for amount in [30, 50, 40]:
    assert balance - amount >= 0, f'insufficient funds: balance={balance}, amount={amount}'
    balance -= amount
    print('withdrew', amount, 'balance', balance)
