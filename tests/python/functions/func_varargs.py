# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    s = 0
    for n in nums:
        s += n
    return s
print(total())
print(total(1))
print(total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1))
print(head_tail(1, 2, 3))
def joiner(sep, *parts):
    return sep.join(parts)
print(joiner('-', 'a', 'b', 'c'))
print(joiner(', '))
def mx(*args):
    best = args[0]
    for a in args[1:]:
        if a > best:
            best = a
    return best
print(mx(3, 9, 2), mx('b', 'a'))
def forward(*args):
    return total(*args)
print(forward(4, 5, 6))
