def attempt(label, make):
    try:
        make()
        print(label, "no error")
    except MemoryError as e:
        print(label, "MemoryError", repr(e))
    except OverflowError as e:
        print(label, "OverflowError", e)

attempt("list", lambda: [0] * 10**12)
attempt("str", lambda: "x" * 10**12)
attempt("tuple", lambda: (1,) * 10**12)
attempt("list of two", lambda: [1, 2] * 10**11)
attempt("index-sized", lambda: [0] * 10**19)
attempt("str 2**62", lambda: "ab" * 2**62)
attempt("bytes", lambda: b"x" * 10**12)
attempt("range list", lambda: list(range(10**12)))
print("still running")
