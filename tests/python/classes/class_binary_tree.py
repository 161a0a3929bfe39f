# A binary search tree class: insert, contains, traversals (recursive generators), height, delete.
class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = None
            self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = BST._Node(key)
            self.count += 1
            return True
        cur = self.root
        while True:
            if key == cur.key:
                return False
            side = 'left' if key < cur.key else 'right'
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, BST._Node(key))
                self.count += 1
                return True
            cur = nxt

    def __contains__(self, key):
        cur = self.root
        while cur:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def __len__(self):
        return self.count

    def inorder(self, node='start'):
        if node == 'start':
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            if n.right:
                stack.append(n.right)
            if n.left:
                stack.append(n.left)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def height(self, node='start'):
        if node == 'start':
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                self.count -= 1
                return node.right
            if node.right is None:
                self.count -= 1
                return node.left
            succ = node.right
            while succ.left:
                succ = succ.left
            node.key = succ.key
            node.right = self._delete(node.right, succ.key)
        return node

t = BST()
print([t.insert(k) for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]])
print(len(t), list(t.inorder()))
print(list(t.preorder()))
print(list(t.levels()))
print(t.height(), 40 in t, 45 in t)
t.delete(30)
print(list(t.inorder()), len(t))
t.delete(50)
print(list(t.inorder()), list(t.levels()))
try:
    t.delete(999)
except KeyError as e:
    print('KeyError:', e)
t2 = BST()
for k in range(10):
    t2.insert(k)
print(t2.height(), list(t2.levels())[-1])
words = BST()
for w in 'pear apple fig banana cherry apple'.split():
    words.insert(w)
print(list(words.inorder()), words.height(), type(words.root).__qualname__)
