# The first program: prints a greeting and a few facts computed on the way.
def greet(name):
    return f"Hello, {name}!"


print(greet("Tessera"))
print("2 ** 100 =", 2 ** 100)
print("fib(20) =", (lambda f: f(f, 20))(lambda f, n: n if n < 2 else f(f, n - 1) + f(f, n - 2)))
