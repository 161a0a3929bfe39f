a = f'{f"{x}"}'
b = f"{'inner'}"
c = f'''{f"{f'{x}'}"}'''
d = f'{[y for y in z]}'
e = f'{ {k: v} }'
g = f'{(lambda t: t)(1)}'
h = f'{a if b else c}'
