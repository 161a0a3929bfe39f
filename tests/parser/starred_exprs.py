a = *b, c
print(*a, *b)
x = [*a, *b]
y = {*a, *b}
z = (*a,)
w = {**a, 'k': 1, **b}
return_value = *a,
