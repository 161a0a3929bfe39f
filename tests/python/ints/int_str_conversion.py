# str/repr of ints and hex/oct/bin round trips.
for n in [0, 1, -1, 7, 255, -255, 4096, 2**31, -2**31, 2**63 - 1, 2**64, -2**100]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
    assert int(hex(n), 16) == n
    assert int(oct(n), 0) == n
    assert int(bin(n), 0) == n
print(len(str(10**100)))
print(str(10**100))
f = 1
for i in range(2, 60):
    f *= i
s = str(f)
print(s)
print(int(s) == f)
print(s.count('0'))
print(int('-' + s) == -f)
