# global and nonlocal inside nested functions and classes; class bodies skip enclosing class scope.
counter = 0


def incr():
    global counter
    counter += 1
    return counter

incr()
incr()
print(counter)


def make_counter():
    count = 0

    def inc(by=1):
        nonlocal count
        count += by
        return count

    def get():
        return count
    return inc, get

inc, get = make_counter()
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())


def outer():
    x = 'outer'

    def middle():
        x = 'middle'

        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    result = middle()
    return x, result

print(outer())


def define_global():
    global created_later
    created_later = 'made in function'

define_global()
print(created_later)
value = 'global value'


class Scoped:
    value = 'class value'

    def method(self):
        return value

    def class_value(self):
        return self.value

    seen_in_body = value

print(Scoped().method(), Scoped().class_value(), Scoped.seen_in_body)


def class_in_function():
    local = 'function local'

    class Inner:
        attr = local

        def get(self):
            return local
    return Inner.attr, Inner().get()

print(class_in_function())


def nonlocal_in_class_method():
    total = 0

    class Acc:
        def add(self, n):
            nonlocal total
            total += n
            return total
    a = Acc()
    a.add(3)
    a.add(4)
    return total

print(nonlocal_in_class_method())


class GlobalInClass:
    global counter
    counter = 100

print(counter)


def shadow():
    counter = 'local shadow'
    return counter

print(shadow(), counter)


def read_before_assign():
    try:
        print(counter)
        counter = 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)

read_before_assign()


def closure_list():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    return [f() for f in fs]

print(closure_list())
