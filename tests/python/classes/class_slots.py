# __slots__: instances get only the listed attributes and no __dict__; a subclass without
# __slots__ gets a __dict__ again; slots accumulate along the bases.
class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = P(1)
p.y = 2
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    P(0).y
except AttributeError as e:
    print('AttributeError:', e)


class Q(P):
    pass


q = Q(5)
q.z = 1
print(q.z, q.__dict__)


class R(P):
    __slots__ = ['w']


r = R(7)
r.w = 8
r.y = 9
print(r.x, r.y, r.w)
try:
    r.v = 2
except AttributeError as e:
    print('AttributeError:', e)


class S:
    __slots__ = 'only'


s = S()
s.only = 'yes'
print(s.only, S.__slots__)
try:
    s.__dict__
except AttributeError as e:
    print('AttributeError:', e)
for i in range(5):
    obj = P(i)
    try:
        obj.extra = i
    except AttributeError:
        print('no extra', i)
