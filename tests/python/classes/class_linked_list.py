# A singly linked list class: append, prepend, iterate, len, index, remove, reverse, repr.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('linked list index out of range')
        for k, v in enumerate(self):
            if k == i:
                return v

    def __contains__(self, value):
        return any(v == value for v in self)

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError('%r not in list' % (value,))

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return 'LinkedList([' + ' -> '.join(repr(v) for v in self) + '])'

    def __eq__(self, other):
        return list(self) == list(other)

ll = LinkedList([3, 1, 4])
print(ll, len(ll))
ll.append(1)
ll.prepend(0)
print(ll, len(ll), ll[0], ll[2], ll[-1])
print(4 in ll, 9 in ll, list(ll), sum(ll))
ll.remove(1)
print(ll)
ll.remove(0)
print(ll, len(ll))
ll.reverse()
print(ll, ll == LinkedList([1, 4, 3]))
try:
    ll.remove(42)
except ValueError as e:
    print('ValueError:', e)
try:
    ll[10]
except IndexError as e:
    print('IndexError:', e)
empty = LinkedList()
print(empty, len(empty), list(empty), bool(empty))
empty.reverse()
print(empty)
words = LinkedList('the quick brown fox'.split())
print(words, max(words), sorted(words))
print([w.upper() for w in words if len(w) > 3])
big = LinkedList(range(200))
big.reverse()
print(big[0], big[199], len(big), sum(big))
