# Tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            if '.' in text:
                tokens.append(('num', float(text)))
            else:
                tokens.append(('num', int(text)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('name', src[i:j]))
            i = j
        elif src[i:i + 2] == '**':
            tokens.append(('op', '**'))
            i += 2
        elif src[i:i + 2] == '//':
            tokens.append(('op', '//'))
            i += 2
        elif ch in '+-*/%()':
            tokens.append(('op', ch))
            i += 1
        else:
            raise SyntaxError('unexpected character ' + repr(ch) + ' at ' + str(i))
    tokens.append(('end', None))
    return tokens

def evaluate(src, env):
    tokens = tokenize(src)
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def advance():
        tok = tokens[pos[0]]
        pos[0] += 1
        return tok
    def expect(value):
        tok = advance()
        if tok[1] != value:
            raise SyntaxError('expected ' + repr(value) + ' but got ' + repr(tok[1]))
    def expr():
        left = term()
        while peek()[1] in ('+', '-'):
            op = advance()[1]
            right = term()
            left = left + right if op == '+' else left - right
        return left
    def term():
        left = unary()
        while peek()[1] in ('*', '/', '//', '%'):
            op = advance()[1]
            right = unary()
            if op == '*':
                left = left * right
            elif op == '/':
                left = left / right
            elif op == '//':
                left = left // right
            else:
                left = left % right
        return left
    def unary():
        if peek()[1] == '-':
            advance()
            return -unary()
        if peek()[1] == '+':
            advance()
            return +unary()
        return power()
    def power():
        base = atom()
        if peek()[1] == '**':
            advance()
            return base ** unary()
        return base
    def atom():
        kind, value = advance()
        if kind == 'num':
            return value
        if kind == 'name':
            if value not in env:
                raise NameError('unknown variable ' + repr(value))
            return env[value]
        if value == '(':
            v = expr()
            expect(')')
            return v
        raise SyntaxError('unexpected token ' + repr(value))
    result = expr()
    if peek()[0] != 'end':
        raise SyntaxError('trailing input ' + repr(peek()[1]))
    return result

print(tokenize('3 + 4*(2 - x1)'))
env = {'x': 10, 'y': 3, 'pi': 3.14159}
cases = ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '(-2) ** 2', '7 // 2', '-7 // 2',
         '7 % 3', '-7 % 3', '7 / 2', 'x * y - 4', 'pi * 2', '2 ** 100', '((((1))))', '1 - - 1',
         '10 / 4 * 2', '2 ** -1', '100 // 7 % 3', 'x / 0', 'z + 1', '1 + ', '(1 + 2', '3 $ 4',
         '1 2', '0.1 + 0.2', '1.5e3']
for c in cases:
    try:
        print(repr(c), '=>', evaluate(c, env))
    except ZeroDivisionError as e:
        print(repr(c), '=> ZeroDivisionError:', e)
    except NameError as e:
        print(repr(c), '=> NameError:', e)
    except SyntaxError as e:
        print(repr(c), '=> SyntaxError:', e)
