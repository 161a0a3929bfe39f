# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 9, 10, 99, 100, 10**9]:
    print(n, classify(n))
def fizzbuzz(i):
    if i % 15 == 0:
        return 'FizzBuzz'
    elif i % 3 == 0:
        return 'Fizz'
    elif i % 5 == 0:
        return 'Buzz'
    return str(i)
for i in range(1, 31):
    print(fizzbuzz(i), end=' ')
print()
x = 5
if x:
    print('truthy int')
if not []:
    print('empty list is falsy')
if 'a' in 'abc' and x > 3 or x < 0:
    print('compound condition')
if x > 10:
    print('unreachable')
if x == 5: print('single-line if')
if x != 5:
    pass
else:
    print('else after pass')
if x > 0:
    if x > 3:
        print('nested: x > 3')
    else:
        print('nested: 0 < x <= 3')
