def outer(a):
    def inner(b):
        class Local:
            def m(self):
                return a + b
        return Local
    return inner
