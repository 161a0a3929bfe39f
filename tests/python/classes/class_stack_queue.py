# Stack and queue classes: push/pop/peek, empty errors, two-stack queue, bracket matching.
class EmptyError(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise EmptyError('pop from empty stack')
        return self._items.pop()

    def peek(self):
        if not self._items:
            raise EmptyError('peek at empty stack')
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return 'Stack(%r)' % self._items


class Queue:
    def __init__(self):
        self._in = Stack()
        self._out = Stack()

    def enqueue(self, x):
        self._in.push(x)

    def dequeue(self):
        if not self._out:
            while self._in:
                self._out.push(self._in.pop())
        if not self._out:
            raise EmptyError('dequeue from empty queue')
        return self._out.pop()

    def __len__(self):
        return len(self._in) + len(self._out)

s = Stack()
for i in range(5):
    s.push(i * i)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s, bool(s))
while s:
    s.pop()
print(s, bool(s))
for op in (s.pop, s.peek):
    try:
        op()
    except EmptyError as e:
        print('EmptyError:', e)
q = Queue()
for c in 'abc':
    q.enqueue(c)
print(q.dequeue(), len(q))
q.enqueue('d')
print([q.dequeue() for _ in range(3)], len(q))
try:
    q.dequeue()
except EmptyError as e:
    print('EmptyError:', e)


def balanced(text):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = Stack()
    for ch in text:
        if ch in '([{':
            st.push(ch)
        elif ch in pairs:
            try:
                if st.pop() != pairs[ch]:
                    return False
            except EmptyError:
                return False
    return not st

for text in ['()', '([]{})', '(]', '((', '())', 'a(b[c]{d}e)f', '']:
    print(repr(text), balanced(text))


def eval_rpn(tokens):
    st = Stack()
    for t in tokens.split():
        if t in '+-*/':
            b, a = st.pop(), st.pop()
            st.push({'+': a + b, '-': a - b, '*': a * b, '/': a / b}[t])
        else:
            st.push(int(t))
    return st.pop()

print(eval_rpn('3 4 + 2 *'), eval_rpn('5 1 2 + 4 * + 3 -'), eval_rpn('2 3 4 * -'), eval_rpn('8 2 / 3 /'))
