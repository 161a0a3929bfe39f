obj.method(arg)[0].attr(k=v)
(f)(x)
f(
    a,
    b,
)
