import sys
x = 10 ** 5000
try:
    str(x)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
try:
    print(x)
except ValueError as e:
    print("print:", e)
print(len(str(10 ** 4299)))
print(len(hex(x)), len(bin(x)))
print(int("9" * 4300) % 1000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(x)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
