# Arbitrary expressions inside f-string replacement fields.
items = ['apple', 'banana', 'cherry']
prices = {'apple': 0.5, 'banana': 0.25, 'cherry': 3.0}
n = 7
print(f'{len(items)} items: {", ".join(items)}')
print(f'{items[0].upper()} {items[-1][::-1]} {items[1][1:4]}')
print(f'{prices["apple"] * 4:.2f}')
print(f'{n * n} {n ** 2 == 49} {n // 2} {n % 3} {-n}')
print(f'{"even" if n % 2 == 0 else "odd"}')
print(f'{sorted(items, key=len, reverse=True)}')
print(f'{min(prices, key=lambda k: prices[k])}')
print(f'{[1, 2] + [3]} {(1, 2) * 2} {dict(a=1)}')
print(f'{sum(range(n)):>6}|{max(items):^10}|{min(n, 3):<4}|')
for name in items:
    print(f'{name:<8}{prices[name]:>6.2f}{"*" * int(prices[name] * 4)}')
x, y = 3, 4
print(f'({x}, {y}) has length {(x * x + y * y) ** 0.5}')
print(f'{x}{y}{x + y}')
print(f'{x!r:>3}{y!s:<3}|')
print(f'{"nested " + f"{x}"}')
print(f'{str(x) + "0"}')
print(f'{"{"}{"}"}')
print(f'{1_000_000:,}')
print(f'{"a" * 3}{"b" * 0}{"c"}')
w = 10
print(f'{"right":>10}|{"left":<10}|')
print(f"{3.14159:.2f}")
