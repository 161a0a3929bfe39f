# Aliasing semantics: names refer to the same list object.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = list(a)
c.append(5)
print(a, c, a is c, a == c[:4])
def mutate(lst):
    lst.append('mutated')
    lst = ['rebound']
    lst.append('lost')
mutate(a)
print(a)
m = [[0, 0]] * 2
m[0][1] = 7
print(m, m[0] is m[1])
x = [1]
y = [x, x]
x.append(2)
print(y)
row = [0, 0]
matrix = [row, row[:]]
row[0] = 'changed'
print(matrix)
p = q = []
p.append('both')
print(p, q)
r = s = 5
r += 1
print(r, s)
t = u = [5]
t += [6]
print(t, u)
