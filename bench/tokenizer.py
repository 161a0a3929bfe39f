"""A small interpreter in Python: hand-written tokenizer, recursive-descent parser, AST classes, tree-walking evaluator."""
import harness

KEYWORDS = {"var", "let", "in", "def", "if", "then", "else", "print", "and", "or", "not"}
TWO_CHAR = {"<=", ">=", "==", "!="}
ONE_CHAR = set("+-*/%()<>=,;")


class Token:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line

    def __repr__(self):
        return "Token(%s, %r, %d)" % (self.kind, self.text, self.line)


class LangError(Exception):
    def __init__(self, message, line):
        super().__init__("line %d: %s" % (line, message))
        self.line = line


def tokenize(source):
    tokens = []
    i = 0
    line = 1
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch == " " or ch == "\t":
            i += 1
        elif ch == "#":
            while i < n and source[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < n and source[i].isdigit():
                i += 1
            tokens.append(Token("num", source[start:i], line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, line))
        elif source[i:i + 2] in TWO_CHAR:
            tokens.append(Token("op", source[i:i + 2], line))
            i += 2
        elif ch in ONE_CHAR:
            tokens.append(Token("op", ch, line))
            i += 1
        else:
            raise LangError("unexpected character %r" % ch, line)
    tokens.append(Token("eof", "", line))
    return tokens


# ---- AST ----

class Node:
    pass


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env, interp):
        return self.value


class Var(Node):
    def __init__(self, name, line):
        self.name = name
        self.line = line

    def eval(self, env, interp):
        e = env
        while e is not None:
            if self.name in e.values:
                return e.values[self.name]
            e = e.parent
        raise LangError("undefined name " + self.name, self.line)


class BinOp(Node):
    OPS = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
        "%": lambda a, b: a % b,
        "<": lambda a, b: int(a < b),
        "<=": lambda a, b: int(a <= b),
        ">": lambda a, b: int(a > b),
        ">=": lambda a, b: int(a >= b),
        "==": lambda a, b: int(a == b),
        "!=": lambda a, b: int(a != b),
    }

    def __init__(self, op, left, right):
        self.op = op
        self.fn = BinOp.OPS[op]
        self.left = left
        self.right = right

    def eval(self, env, interp):
        return self.fn(self.left.eval(env, interp), self.right.eval(env, interp))


class Logic(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env, interp):
        a = self.left.eval(env, interp)
        if self.op == "and":
            return self.right.eval(env, interp) if a else a
        return a if a else self.right.eval(env, interp)


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env, interp):
        return -self.operand.eval(env, interp)


class Not(Node):
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env, interp):
        return 0 if self.operand.eval(env, interp) else 1


class If(Node):
    def __init__(self, cond, then, other):
        self.cond = cond
        self.then = then
        self.other = other

    def eval(self, env, interp):
        if self.cond.eval(env, interp):
            return self.then.eval(env, interp)
        return self.other.eval(env, interp)


class Let(Node):
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

    def eval(self, env, interp):
        return self.body.eval(Env({self.name: self.value.eval(env, interp)}, env), interp)


class Call(Node):
    def __init__(self, name, args, line):
        self.name = name
        self.args = args
        self.line = line

    def eval(self, env, interp):
        fn = interp.functions.get(self.name)
        if fn is None:
            raise LangError("undefined function " + self.name, self.line)
        if len(fn.params) != len(self.args):
            raise LangError("wrong number of arguments to " + self.name, self.line)
        values = {}
        for param, arg in zip(fn.params, self.args):
            values[param] = arg.eval(env, interp)
        interp.calls += 1
        return fn.body.eval(Env(values, interp.globals), interp)


class Function:
    def __init__(self, name, params, body):
        self.name = name
        self.params = params
        self.body = body


class Env:
    __slots__ = ("values", "parent")

    def __init__(self, values, parent):
        self.values = values
        self.parent = parent


# ---- parser ----

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def at(self, text):
        tok = self.tokens[self.pos]
        return tok.text == text and tok.kind in ("op", "kw")

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise LangError("expected %r, found %r" % (text, tok.text), tok.line)
        return tok

    def expect_name(self):
        tok = self.next()
        if tok.kind != "name":
            raise LangError("expected a name, found %r" % tok.text, tok.line)
        return tok.text

    def program(self):
        statements = []
        while self.peek().kind != "eof":
            statements.append(self.statement())
        return statements

    def statement(self):
        if self.at("def"):
            self.next()
            name = self.expect_name()
            self.expect("(")
            params = []
            if not self.at(")"):
                params.append(self.expect_name())
                while self.at(","):
                    self.next()
                    params.append(self.expect_name())
            self.expect(")")
            self.expect("=")
            body = self.expr()
            self.expect(";")
            return ("def", Function(name, params, body))
        if self.at("var"):
            self.next()
            name = self.expect_name()
            self.expect("=")
            value = self.expr()
            self.expect(";")
            return ("set", name, value)
        if self.at("print"):
            self.next()
            value = self.expr()
            self.expect(";")
            return ("print", value)
        value = self.expr()
        self.expect(";")
        return ("expr", value)

    def expr(self):
        if self.at("if"):
            self.next()
            cond = self.expr()
            self.expect("then")
            then = self.expr()
            self.expect("else")
            return If(cond, then, self.expr())
        if self.at("let"):
            self.next()
            name = self.expect_name()
            self.expect("=")
            value = self.expr()
            self.expect("in")
            return Let(name, value, self.expr())
        return self.disjunction()

    def disjunction(self):
        left = self.conjunction()
        while self.at("or"):
            self.next()
            left = Logic("or", left, self.conjunction())
        return left

    def conjunction(self):
        left = self.negation()
        while self.at("and"):
            self.next()
            left = Logic("and", left, self.negation())
        return left

    def negation(self):
        if self.at("not"):
            self.next()
            return Not(self.negation())
        return self.comparison()

    def comparison(self):
        left = self.sum()
        tok = self.peek()
        if tok.kind == "op" and tok.text in ("<", "<=", ">", ">=", "==", "!="):
            self.next()
            return BinOp(tok.text, left, self.sum())
        return left

    def sum(self):
        left = self.term()
        while self.at("+") or self.at("-"):
            op = self.next().text
            left = BinOp(op, left, self.term())
        return left

    def term(self):
        left = self.unary()
        while self.at("*") or self.at("/") or self.at("%"):
            op = self.next().text
            left = BinOp(op, left, self.unary())
        return left

    def unary(self):
        if self.at("-"):
            self.next()
            return Neg(self.unary())
        return self.primary()

    def primary(self):
        tok = self.next()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            if self.at("("):
                self.next()
                args = []
                if not self.at(")"):
                    args.append(self.expr())
                    while self.at(","):
                        self.next()
                        args.append(self.expr())
                self.expect(")")
                return Call(tok.text, args, tok.line)
            return Var(tok.text, tok.line)
        if tok.text == "(":
            value = self.expr()
            self.expect(")")
            return value
        raise LangError("unexpected %r" % tok.text, tok.line)


class Interpreter:
    def __init__(self):
        self.functions = {}
        self.globals = Env({}, None)
        self.output = []
        self.calls = 0

    def run(self, statements):
        for st in statements:
            kind = st[0]
            if kind == "def":
                self.functions[st[1].name] = st[1]
            elif kind == "set":
                self.globals.values[st[1]] = st[2].eval(self.globals, self)
            elif kind == "print":
                self.output.append(st[1].eval(self.globals, self))
            else:
                st[1].eval(self.globals, self)


PRELUDE = """
# a few recursive functions
def fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2);
def gcd(a, b) = if b == 0 then a else gcd(b, a % b);
def fact(n) = if n <= 1 then 1 else n * fact(n - 1);
def collatz(n, steps) = if n == 1 then steps
    else if n % 2 == 0 then collatz(n / 2, steps + 1) else collatz(3 * n + 1, steps + 1);
def sumsq(n) = if n == 0 then 0 else n * n + sumsq(n - 1);
def ack(m, n) = if m == 0 then n + 1 else if n == 0 then ack(m - 1, 1) else ack(m - 1, ack(m, n - 1));
def between(x, lo, hi) = lo <= x and x <= hi;
var base = 1000;
print fib(16);
print fact(25) % 1000000007;
print ack(2, 3);
"""


def generate(n):
    lines = [PRELUDE]
    for i in range(n):
        a = i * 7 % 101 + 1
        b = i * 13 % 47 + 2
        c = i % 9
        if i % 5 == 0:
            lines.append("var v%d = let t = %d * %d - %d in t * t %% (base + %d);\n" % (i, a, b, c, i))
        elif i % 5 == 1:
            lines.append("print gcd(%d * %d, %d + %d) + collatz(%d, 0);\n" % (a, b, b, a * 3, a + b))
        elif i % 5 == 2:
            lines.append("print if between(%d, %d, %d) and not (%d == %d) then sumsq(%d) else -(%d / %d);\n"
                         % (a, b, a + c, a, b, c + 10, a * b, c + 1))
        elif i % 5 == 3:
            lines.append("print (v%d + %d) * (%d - -%d) / (%d %% %d + 1) - fib(%d);\n"
                         % (i - 3, a, b, c, a, b, c + 3))
        else:
            lines.append("print let x = %d in let y = x * x - %d in if y > 0 or x == 1 then y / x else x;\n"
                         % (a, b))
    return "".join(lines)


def bench(n):
    source = generate(n)
    tokens = tokenize(source)
    statements = Parser(tokens).program()
    interp = Interpreter()
    interp.run(statements)
    total = 0
    for v in interp.output:
        total = (total * 31 + v) % 1000000007
    try:
        Parser(tokenize("print 1 + ;")).program()
        error = "none"
    except LangError as e:
        error = str(e)
    return "%d %d %d %d %s" % (len(tokens), len(interp.output), interp.calls, total, error)


harness.main(bench, 6000)
