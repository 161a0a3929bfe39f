# math logarithms: log with and without base, log2, log10, log1p, exactness on powers.
import math

print(math.log(1), math.log(math.e), math.log(10), math.log(0.5))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(81, 3), math.log(2, 8))
print(math.log2(8), math.log2(1024), math.log2(3), math.log2(0.125), math.log2(2 ** 100))
print(math.log10(1000), math.log10(0.001), math.log10(2), math.log10(10 ** 50))
print(math.log(2 ** 1000), math.log10(10 ** 400), math.log2(2 ** 2000))
print(math.log(7, 7), math.log(1, 5), math.log(125, 5))
print(math.log1p(0), math.log1p(1), math.log1p(-0.5))
for n in [1, 2, 3, 10, 100, 12345]:
    print(n, math.log(n), math.log2(n), math.log10(n))
print(math.log(math.inf), math.log10(1e308), math.log2(5e-324))
print(math.exp(math.log(10)), math.log(math.exp(2)))
