def f(a: int, b: str = 'x', *args: int, c: bool, **kwargs: dict) -> None:
    pass
def g() -> 'Forward':
    pass
def h(*args: *Ts): pass
