# global declarations.
counter = 0
def increment():
    global counter
    counter += 1
    return counter
for _ in range(3):
    print(increment())
print('counter =', counter)
def create_global():
    global created
    created = 'made inside function'
create_global()
print(created)
x = 'module'
def read_only():
    return x
def shadow():
    x = 'local'
    return x
print(read_only(), shadow(), x)
def modify_list():
    items.append('appended without global')
items = []
modify_list()
print(items)
total = 100
def nested_global():
    def inner():
        global total
        total += 1
    inner()
    inner()
nested_global()
print(total)
def multi():
    global a, b
    a, b = 1, 2
multi()
print(a, b)
