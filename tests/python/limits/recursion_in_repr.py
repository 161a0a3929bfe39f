# RecursionError raised where C code (the repr() builtin) calls Python code
class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return "Node(" + repr(self.child) + ")"

n = None
for i in range(5000):
    n = Node(n)
try:
    repr(n)
except RecursionError as e:
    print("repr:", e)
