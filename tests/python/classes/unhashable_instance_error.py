# An instance of a class that defines __eq__ but not __hash__ cannot be a dict key.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

print(P(1) == P(1), P(1) in [P(2), P(1)])
seen = {}
seen[P(1)] = 'one'
print('not reached')
