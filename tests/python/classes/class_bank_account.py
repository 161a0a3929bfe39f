# A bank account program: deposits, withdrawals, transfers, errors, history and interest.
class InsufficientFunds(Exception):
    pass


class Account:
    next_number = 1000
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds('%s has %d, needs %d' % (self.owner, self.balance, amount))
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self.balance

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.history.append(('transfer-out', other.number))
        other.history.append(('transfer-in', self.number))

    def add_interest(self):
        interest = round(self.balance * self.interest_rate, 2)
        self.balance = round(self.balance + interest, 2)
        return interest

    def __repr__(self):
        return 'Account(#%d %s %.2f)' % (self.number, self.owner, self.balance)


class Savings(Account):
    interest_rate = 0.05
    withdrawals_allowed = 2

    def withdraw(self, amount):
        count = sum(1 for kind, _ in self.history if kind == 'withdraw')
        if count >= self.withdrawals_allowed:
            raise InsufficientFunds('withdrawal limit reached for #%d' % self.number)
        return super().withdraw(amount)

alice = Account('alice', 100)
bob = Savings('bob', 500)
print(alice, bob)
print(alice.deposit(50), bob.withdraw(20))
alice.transfer(bob, 30)
print(alice, bob)
for action in [lambda: alice.withdraw(1000), lambda: alice.deposit(-5), lambda: bob.withdraw(1), lambda: bob.withdraw(1)]:
    try:
        print('ok', action())
    except InsufficientFunds as e:
        print('InsufficientFunds:', e)
    except ValueError as e:
        print('ValueError:', e)
print(alice.add_interest(), bob.add_interest())
print(alice, bob)
print(alice.history)
print(bob.history)
accounts = [alice, bob, Account('carol', 75.5)]
print(sorted(accounts, key=lambda a: a.balance))
print('%.2f' % sum(a.balance for a in accounts), Account.next_number)
