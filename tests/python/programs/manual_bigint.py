# Schoolbook arithmetic on decimal digit strings, checked against builtin ints.
def add(a, b):
    a, b = a[::-1], b[::-1]
    out = ''
    carry = 0
    for i in range(max(len(a), len(b))):
        d = carry
        if i < len(a):
            d += int(a[i])
        if i < len(b):
            d += int(b[i])
        out += str(d % 10)
        carry = d // 10
    if carry:
        out += str(carry)
    return out[::-1]
def mul(a, b):
    res = [0] * (len(a) + len(b))
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            p = int(a[i]) * int(b[j]) + res[i + j + 1]
            res[i + j + 1] = p % 10
            res[i + j] += p // 10
    s = ''.join(map(str, res)).lstrip('0')
    return s or '0'
def power(base, e):
    result = '1'
    for _ in range(e):
        result = mul(result, base)
    return result
pairs = [('0', '0'), ('1', '999'), ('123456789', '987654321'), ('99999999999999999999', '1'),
         ('31415926535897932384626433', '27182818284590452353602874')]
for a, b in pairs:
    s = add(a, b)
    p = mul(a, b)
    print(s, p, int(s) == int(a) + int(b), int(p) == int(a) * int(b))
print(power('2', 200))
print(power('2', 200) == str(2 ** 200))
print(power('7', 50) == str(7 ** 50))
f = '1'
for i in range(1, 41):
    f = mul(f, str(i))
print(f)
fact = 1
for i in range(1, 41):
    fact *= i
print(f == str(fact))
