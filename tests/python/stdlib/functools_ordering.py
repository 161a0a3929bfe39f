# functools.cmp_to_key with sorted/min/max and total_ordering filling in comparison methods.
from functools import cmp_to_key, total_ordering


def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)

words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana', 'yam']
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))
print(min(words, key=cmp_to_key(by_length_then_reverse_alpha)), max(words, key=cmp_to_key(by_length_then_reverse_alpha)))


def numeric_desc(a, b):
    return b - a

print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=cmp_to_key(numeric_desc)))


def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return ''.join(strs)

print(largest_number([3, 30, 34, 5, 9]), largest_number([10, 2]))
K = cmp_to_key(numeric_desc)
print(K(1) < K(2), K(2) < K(1), K(3) == K(3))


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))

a, b = Version('1.2.10'), Version('1.10')
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version('2.0'), Version('1.9.9'), Version('1.10'), Version('1.2')]))
print(Version('3.0') >= Version('3.0'), Version('3.0') > Version('3.0'))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents

print(Money(5) < Money(6), Money(5) <= Money(5), Money(7) >= Money(8))
