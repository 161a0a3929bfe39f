x: int
x: int = 1
(x): int = 1
a.b: int
a[0]: str = 'v'
x: list[int] = []
y: 'forward' = None
z: int = yield
