# ValueError messages for unpacking.
def too_many():
    a, b = 1, 2, 3
def not_enough():
    a, b, c = 1, 2
def star_short():
    a, b, *c, d = [1, 2]
def from_str():
    a, b = 'xyz'
def from_range():
    a, b, c, d = range(2)
def nested_bad():
    (a, b), c = [1, 2], [3], [4]
def from_int():
    a, b = 7
for f in [too_many, not_enough, star_short, from_str, from_range, nested_bad, from_int]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for seq in [[1], [1, 2], [1, 2, 3]]:
    try:
        x, y = seq
        print('unpacked', x, y)
    except ValueError as e:
        print('failed for', seq, e)
