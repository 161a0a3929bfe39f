# itertools.product (repeat=), permutations (r=), combinations, combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('ab', [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'xy', repeat=2))[:5], len(list(product('ab', 'xy', repeat=2))))
print(list(product()), list(product([], [1])), list(product('a')))
print([''.join(p) for p in permutations('abc')])
print(list(permutations(range(4), 2)))
print(list(permutations('ab', 3)), list(permutations([], 0)), list(permutations([1], 0)))
print(len(list(permutations(range(6)))), len(list(permutations(range(8), 3))))
print(list(combinations('abcd', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(len(list(combinations_with_replacement(range(5), 3))), len(list(combinations(range(20), 5))))
dice = [a + b for a, b in product(range(1, 7), repeat=2)]
print({s: dice.count(s) for s in range(2, 13)})
print(sum(1 for c in combinations(range(1, 20), 3) if sum(c) == 20))
print(min(permutations([3, 1, 2])), max(combinations([5, 1, 4, 2], 2)))
print(list(permutations([1, 1, 2])))
