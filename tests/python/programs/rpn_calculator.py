# Reverse Polish notation calculator and infix-to-RPN (shunting-yard) conversion.
PREC = {'+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '^': 3}
RIGHT = {'^': True}
def to_rpn(expr):
    out = []
    ops = []
    for tok in expr.split():
        if tok in PREC:
            while ops and ops[-1] != '(' and (PREC[ops[-1]] > PREC[tok] or
                                              (PREC[ops[-1]] == PREC[tok] and not RIGHT.get(tok, False))):
                out.append(ops.pop())
            ops.append(tok)
        elif tok == '(':
            ops.append(tok)
        elif tok == ')':
            while ops[-1] != '(':
                out.append(ops.pop())
            ops.pop()
        else:
            out.append(tok)
    while ops:
        out.append(ops.pop())
    return out
def eval_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in PREC:
            if len(stack) < 2:
                raise ValueError('stack underflow at ' + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == '+':
                stack.append(a + b)
            elif tok == '-':
                stack.append(a - b)
            elif tok == '*':
                stack.append(a * b)
            elif tok == '/':
                stack.append(a / b)
            elif tok == '%':
                stack.append(a % b)
            else:
                stack.append(a ** b)
        else:
            stack.append(float(tok) if '.' in tok else int(tok))
    if len(stack) != 1:
        raise ValueError('malformed expression, stack = ' + repr(stack))
    return stack[0]
exprs = ['3 + 4 * 2', '( 3 + 4 ) * 2', '2 ^ 3 ^ 2', '10 - 4 - 3', '100 / 8 / 2', '7 % 4 + 1',
         '( 1 + 2 ) * ( 3 + 4 ) ^ 2', '2 ^ 100', '1.5 * 4', '-3 * -3', '( ( 42 ) )']
for e in exprs:
    rpn = to_rpn(e)
    print(e, '=>', ' '.join(rpn), '=>', eval_rpn(rpn))
for bad in [['1', '+'], ['1', '2'], ['4', '0', '/'], ['1', '2', '3', '+']]:
    try:
        print(eval_rpn(bad))
    except ValueError as e:
        print('ValueError:', e)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
