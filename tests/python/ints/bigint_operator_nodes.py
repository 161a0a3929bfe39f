# Operators on big ints mixed with small ones, in loops long enough for the operator nodes to
# take their big-int forms; then the cases those forms leave to the general path (division by
# zero, negative shift counts, bools and floats beside big ints).
big = 2 ** 70 + 12345
values = [big, -big, 3, -7, 0, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 1]
acc = 0
for rnd in range(50):
    for a in values:
        for b in values:
            acc = (acc * 31 + ((a + b) ^ (a - b) ^ (a * b)) + rnd) % (2 ** 89 - 1)
            acc = (acc * 31 + ((a & b) | (a ^ b))) % (2 ** 89 - 1)
            if b != 0:
                acc = (acc * 31 + (a // b) + (a % b)) % (2 ** 89 - 1)
            if a > 2 ** 62:
                acc = (acc + (a >> 3)) % (2 ** 89 - 1)
print(acc)
state = 12345
for _ in range(1000):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
print(state, state >> 33, type(state >> 40).__name__)
cases = [("big // 0", lambda: big // 0), ("big % 0", lambda: big % 0), ("big >> -1", lambda: big >> -1),
         ("big + 1.5", lambda: big + 1.5), ("big & True", lambda: big & True), ("big * False", lambda: big * False),
         ("(-big) // 7", lambda: (-big) // 7), ("(-big) % 7", lambda: (-big) % 7), ("big // -big", lambda: big // -big),
         ("big % (big + 1)", lambda: big % (big + 1))]
for expr, f in cases:
    try:
        print(expr, "=", f())
    except Exception as e:
        print(expr, type(e).__name__, e)


def divide(a, b):
    return a // b


for i in range(100):
    divide(big, i + 1)
try:
    divide(big, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
