# Checking balanced brackets with a stack, reporting error positions.
PAIRS = {')': '(', ']': '[', '}': '{'}
def check(s):
    stack = []
    for i, ch in enumerate(s):
        if ch in '([{':
            stack.append((ch, i))
        elif ch in PAIRS:
            if not stack:
                return 'unexpected %r at %d' % (ch, i)
            top, pos = stack.pop()
            if top != PAIRS[ch]:
                return 'mismatch %r at %d closes %r at %d' % (ch, i, top, pos)
    if stack:
        return 'unclosed %r at %d' % stack[-1]
    return 'ok'
for s in ['', '()', '([]{})', '(]', '((', '))', 'a(b[c]{d}e)f', '{[()()]}', '{[(])}', 'print(x[0], {1: (2, 3)})',
          '([)', ']', 'x = [1, 2, (3, 4]']:
    print(repr(s), check(s))
def max_depth(s):
    depth = best = 0
    for ch in s:
        if ch in '([{':
            depth += 1
            best = max(best, depth)
        elif ch in ')]}':
            depth -= 1
    return best
print(max_depth('((a)(b((c))))'), max_depth('[]'), max_depth(''))
def generate(n):
    out = []
    def rec(s, open_count, close_count):
        if len(s) == 2 * n:
            out.append(s)
            return
        if open_count < n:
            rec(s + '(', open_count + 1, close_count)
        if close_count < open_count:
            rec(s + ')', open_count, close_count + 1)
    rec('', 0, 0)
    return out
for n in range(1, 5):
    g = generate(n)
    print(n, len(g), g if n < 4 else g[:5])
