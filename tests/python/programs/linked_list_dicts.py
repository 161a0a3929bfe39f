# A singly linked list built from dicts, with classic operations.
def make_list(values):
    head = None
    for v in reversed(values):
        head = {'value': v, 'next': head}
    return head
def to_pylist(node):
    out = []
    while node is not None:
        out.append(node['value'])
        node = node['next']
    return out
def reverse(node):
    prev = None
    while node is not None:
        nxt = node['next']
        node['next'] = prev
        prev = node
        node = nxt
    return prev
def merge_sorted(a, b):
    dummy = {'value': None, 'next': None}
    tail = dummy
    while a is not None and b is not None:
        if a['value'] <= b['value']:
            tail['next'] = a
            a = a['next']
        else:
            tail['next'] = b
            b = b['next']
        tail = tail['next']
    tail['next'] = a if a is not None else b
    return dummy['next']
def middle(node):
    slow = fast = node
    while fast is not None and fast['next'] is not None:
        slow = slow['next']
        fast = fast['next']['next']
    return slow['value'] if slow else None
def remove_all(node, value):
    dummy = {'value': None, 'next': node}
    cur = dummy
    while cur['next'] is not None:
        if cur['next']['value'] == value:
            cur['next'] = cur['next']['next']
        else:
            cur = cur['next']
    return dummy['next']
lst = make_list([1, 2, 3, 4, 5])
print(to_pylist(lst))
print(middle(lst))
lst = reverse(lst)
print(to_pylist(lst))
print(to_pylist(merge_sorted(make_list([1, 4, 6, 9]), make_list([2, 3, 7, 10, 11]))))
print(to_pylist(remove_all(make_list([3, 1, 3, 3, 2, 3]), 3)))
print(to_pylist(make_list([])), middle(None))
print(make_list([1, 2]))
def has_cycle(node):
    slow = fast = node
    while fast is not None and fast['next'] is not None:
        slow = slow['next']
        fast = fast['next']['next']
        if slow is fast:
            return True
    return False
c = make_list([1, 2, 3, 4])
print(has_cycle(c))
c['next']['next']['next']['next'] = c['next']
print(has_cycle(c))
