#!/usr/bin/env python3
"""Random, valid, deterministic Python programs for differential testing (Tessera against CPython).

    python3 scripts/fuzz/genprog.py --seed S --count N --out DIR     writes DIR/pS_IIIII.py

generate(seed, index) returns the text of one program; it depends only on (seed, index) (one
random.Random(f"{seed}:{index}"), no global random, no hash()/id(), no set iteration). Expressions
come from typed sub-generators over variables whose types and bounds the generator tracks (int bit
bounds, float magnitudes, string and list length caps), so the programs have no unintended runtime
errors, stay small and fast, and print only deterministic values. Intended errors are wrapped in
try/except and print type and message; about 1 program in 20 ends with an uncaught exception (its
last line is the comment "# expect: uncaught").
"""

import argparse
import os
import random

EB = 40          # bit bound of ints stored in lists, dicts, sets, tuples and object fields
IB = 64          # usual bit bound of int variables
IMAX = 3000      # bit bound of any int expression (str() stays far below 4300 digits)
FB = 160         # log2 bound of the magnitude of float variables
FMAX = 900       # log2 bound of float expressions (< 2**1024)
SCAP = 240       # longest stored string
LCAP = 160       # longest stored list / dict / set
MULT_MAX = 400   # largest product of loop trip counts around a statement
COST_MAX = 60000  # rough bound of executed statements per program

WORDS = ("apple", "kiwi", "fig", "pear", "plum", "lime", "date", "mango", "grape", "melon", "Zeta", "alpha",
         "beta", "x", "key", "k2", "é", "naïve")
STRS = ("", "a", "abc", "hello", "Hello World", "  padded  ", "a,b,c", "x-y-z", "it's", 'say "hi"', "tab\there",
        "line1\nline2", "back\\slash", "é", "café", "→", "naïve → ok", "12345", "42", "-7", "3.14", "MiXeD CaSe",
        "the quick brown fox", "aaa", "banana", "Mississippi", "A1b2C3", " ", "ünïcödé", "日本語", "x", "1,2,,3",
        "a b  c ", "{braces}", "100%", "UPPER", "lower", "Title Case Words", "αβγ", "'quoted'", "\"dq\"")
SEPS = ("", ",", ", ", "-", " ", " → ", "|", "::")
SPECIAL_INTS = (0, 1, -1, 2, 7, 255, 256, 1023, 1024, 2**31 - 1, 2**31, -2**31, 2**32, 2**53 + 1, 2**63 - 1,
                -2**63, 2**64, 10**18, 10**20, -10**12)
MODULI = (3, 7, 10, 16, 97, 100, 256, 1000, 4096, 65521, 65536, 1000003, 10**9 + 7, 2**31 - 1, 2**40 - 87)
FLOATS = ("0.5", "1.5", "2.25", "-3.75", "0.1", "0.2", "1e10", "2.5e-3", "-7.0", "1.1", "3.14159", "100.0",
          "1e-07", "123456.789", "0.0", "-0.5", "2.0", "1e16", "0.3", "9.99", "1.0000001", "65.5")
FLOAT_STRS = ("1.5", " -2.25 ", "1e-3", "3.0", "-0", "12", "1_000.5", "+4.5", "  7.125\n", "6.02e23")
INT_STRS = ("42", "-17", " 8 ", "+5", "0", "1_000", "007", "123456789012345678901234567890", "-0")
ALNUM = "abcdefghijklmnopqrstuvwxyz"


def bl(v):
    return max(1, abs(v).bit_length())


def lit(s):
    return repr(s)


class Var:
    __slots__ = ("name", "t", "b", "cap", "n", "ro", "info")

    def __init__(self, name, t, b=0, cap=0, n=0, info=None, ro=False):
        self.name, self.t, self.b, self.cap, self.n, self.info, self.ro = name, t, b, cap, n, info, ro

    def copy_ro(self):
        return Var(self.name, self.t, self.b, self.cap, self.n, self.info, True)


class Func:
    def __init__(self, name, params, ret, cost, star=False, kwonly=(), dstar=False):
        self.name, self.params, self.ret, self.cost = name, params, ret, cost
        self.star, self.kwonly, self.dstar = star, kwonly, dstar  # params: [(name, type, default-code or None)]


class Cls:
    def __init__(self, name, fields, base=None):
        self.name, self.fields, self.base = name, fields, base
        self.methods = []       # names of int methods without arguments
        self.dunders = set()    # only membership tests, never iterated
        self.prop = None
        self.static = None
        self.classm = None


class Gen:
    def __init__(self, seed, index):
        self.r = random.Random(f"{seed}:{index}")
        self.out = []
        self.ind = 0
        self.scope = {}
        self.counter = 0
        self.mult = 1
        self.loops = 0
        self.func = None        # name of the function being generated
        self.funcs = []
        self.classes = []
        self.excs = []
        self.cost = 0
        self.letters = []       # comprehension / lambda names in use

    # ---------------------------------------------------------------- basics
    def emit(self, line):
        self.out.append("    " * self.ind + line)
        self.cost += self.mult

    def name(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def pick(self, options):
        total = sum(w for w, _ in options)
        x = self.r.random() * total
        for w, f in options:
            x -= w
            if x < 0:
                return f
        return options[-1][1]

    def vars(self, *types, rw=False):
        return [v for v in self.scope.values() if v.t in types and not (rw and v.ro)]

    def var(self, *types, rw=False):
        vs = self.vars(*types, rw=rw)
        return self.r.choice(vs) if vs else None

    def enter(self):
        self.ind += 1
        return dict(self.scope)

    def leave(self, saved):
        self.ind -= 1
        self.scope = saved

    def letter(self):
        for c in ("v", "w", "u", "z", "q", "e2", "e3", "e4", "e5", "e6"):
            if c not in self.letters:
                self.letters.append(c)
                return c
        raise RuntimeError("too deep")

    def bind(self, name, t, **kw):
        v = Var(name, t, **kw)
        v.ro = True
        self.scope[name] = v
        return v

    def unbind(self, name):
        self.scope.pop(name, None)
        if name in self.letters:
            self.letters.remove(name)

    def modulus(self, maxbits):
        ms = [m for m in MODULI if m.bit_length() <= maxbits] or [2]
        m = self.r.choice(ms)
        return m

    def clampi(self, e, maxbits):
        code, b = e
        if b <= maxbits:
            return e
        m = self.modulus(maxbits)
        if m > 4 and self.r.random() < 0.3:
            return f"({code} % {m} - {m // 2})", bl(m)
        return f"({code} % {m})", bl(m)

    def clampf(self, e, maxbits):
        code, b = e
        if b <= maxbits:
            return e
        m = self.r.choice([7.5, 100.0, 1000.0, 12345.678, 1e6, 2.5])
        return f"({code} % {m})", 21

    def clamps(self, e, cap):
        code, n = e
        if n <= cap:
            return e
        k = self.r.randint(min(cap, max(1, cap // 3)), max(cap, 0))
        return f"{code}[:{k}]", k

    def clampl(self, e, cap):
        code, n = e[0], e[1]
        if n <= cap:
            return e
        k = self.r.randint(min(cap, max(1, cap // 3)), max(cap, 0))
        return (f"{code}[:{k}]", k) + tuple(e[2:])

    def small(self, lo=0, hi=10):
        return self.r.randint(lo, hi)

    # ---------------------------------------------------------------- ints
    def ilit(self):
        r = self.r
        c = r.random()
        if c < 0.55:
            v = r.randint(-9, 40)
        elif c < 0.75:
            v = r.randint(-5000, 100000)
        elif c < 0.85:
            v = r.choice(SPECIAL_INTS)
        elif c < 0.92:
            v = r.randint(10**15, 10**40) * r.choice((1, -1))
        else:
            v = r.randint(0, 70000)
            code = r.choice((hex(v), bin(v), oct(v), f"{v:_}", hex(v).upper().replace("0X", "0x")))
            return code, bl(v)
        return (str(v) if v >= 0 else f"({v})"), bl(v)

    def hot(self, t):
        """The innermost comprehension / lambda variable of type t, if any."""
        for n in reversed(self.letters):
            v = self.scope.get(n)
            if v is not None and v.t == t:
                return v
        return None

    def ileaf(self):
        r = self.r
        h = self.hot("int")
        if h and r.random() < 0.6:
            return h.name, h.b
        c = r.random()
        if c < 0.55:
            v = self.var("int")
            if v:
                return v.name, v.b
        if c < 0.62:
            v = self.var("bool")
            if v:
                return v.name, 1
        if c < 0.72:
            v = self.var("str", "lint", "lstr", "dict", "set", "tup")
            if v:
                return f"len({v.name})", bl(v.cap)
        if c < 0.78:
            v = self.var("obj")
            if v and v.info.fields:
                return f"{v.name}.{r.choice(v.info.fields)}", EB + 1
        return self.ilit()

    def iexpr(self, d=2):
        if d <= 0 or self.r.random() < 0.3:
            return self.ileaf()
        f = self.pick([(14, self.i_arith), (7, self.i_div), (4, self.i_pow), (4, self.i_shift), (4, self.i_bit),
                       (4, self.i_unary), (6, self.i_builtin), (4, self.i_fromfloat), (5, self.i_fromstr),
                       (6, self.i_fromcont), (3, self.i_cond), (3, self.i_call), (2, self.i_gensum)])
        e = f(d)
        if e[1] > IMAX:
            e = self.clampi(e, IB)
        return e

    def ie(self, d, maxbits):
        return self.clampi(self.iexpr(d), maxbits)

    def i_arith(self, d):
        a, b = self.iexpr(d - 1), self.iexpr(d - 1)
        op = self.r.choice("+-*")
        if op == "*":
            if a[1] + b[1] > IMAX:
                a, b = self.clampi(a, IB), self.clampi(b, IB)
            return f"({a[0]} * {b[0]})", a[1] + b[1]
        return f"({a[0]} {op} {b[0]})", max(a[1], b[1]) + 1

    def nonzero(self, d):
        """(code, bits) of an int expression that is never 0."""
        r = self.r
        c = r.random()
        if c < 0.4:
            v = r.choice([k for k in range(-12, 13) if k] + [1000, 10**9 + 7, 2**32])
            return (str(v) if v > 0 else f"({v})"), bl(v)
        b = self.iexpr(d - 1)
        if c < 0.8:
            return f"(abs({b[0]}) + 1)", b[1] + 1
        return f"({b[0]} or 1)", b[1]

    def i_div(self, d):
        a = self.iexpr(d - 1)
        den = self.nonzero(d)
        c = self.r.random()
        if c < 0.45:
            return f"({a[0]} // {den[0]})", a[1] + 1
        if c < 0.85:
            return f"({a[0]} % {den[0]})", den[1]
        return f"divmod({a[0]}, {den[0]})[{self.r.randint(0, 1)}]", a[1] + 1

    def i_pow(self, d):
        r = self.r
        c = r.random()
        if c < 0.3:
            base = r.choice([2, 3, 10, -2, -3, 7, 16])
            k = r.randint(0, min(300, 2000 // bl(base)))
            return (f"({base} ** {k})" if base > 0 else f"(({base}) ** {k})"), bl(base) * k + 1
        if c < 0.6:
            a = self.ie(d - 1, IB)
            k = r.randint(0, max(0, min(8, 1500 // a[1])))
            return f"({a[0]} ** {k})", a[1] * k + 1
        if c < 0.85:
            a, b = self.iexpr(d - 1), self.iexpr(d - 1)
            if r.random() < 0.7:
                m = r.choice([7, 97, 1000, 10**9 + 7, 2**64, -13, 12345678901234567890])
                mc, mb = (str(m) if m > 0 else f"({m})"), bl(m)
            else:
                e = self.iexpr(d - 1)
                mc, mb = f"(abs({e[0]}) + 2)", e[1] + 1
            return f"pow({a[0]}, abs({b[0]}), {mc})", mb
        a = self.ie(d - 1, 100)
        k = r.randint(0, max(0, min(6, 1500 // a[1])))
        return f"pow({a[0]}, {k})", a[1] * k + 1

    def i_shift(self, d):
        r = self.r
        a = self.iexpr(d - 1)
        c = r.random()
        if c < 0.35:
            k = r.randint(0, 100 if a[1] < 2000 else 8)
            return f"({a[0]} << {k})", a[1] + k
        if c < 0.55:
            b = self.iexpr(d - 1)
            return f"({a[0]} << ({b[0]} % 33))", a[1] + 32
        if c < 0.8:
            return f"({a[0]} >> {r.randint(0, 70)})", a[1]
        b = self.iexpr(d - 1)
        return f"({a[0]} >> (abs({b[0]}) % 70))", a[1]

    def i_bit(self, d):
        a, b = self.iexpr(d - 1), self.iexpr(d - 1)
        op = self.r.choice("&|^")
        return f"({a[0]} {op} {b[0]})", max(a[1], b[1]) + 1

    def i_unary(self, d):
        a = self.iexpr(d - 1)
        f = self.r.choice(("(~{})", "(-{})", "abs({})", "(+{})", "(-(-{}))"))
        return f.format(a[0]), a[1] + 1

    def i_builtin(self, d):
        r = self.r
        c = r.random()
        if c < 0.25:
            es = [self.iexpr(d - 1) for _ in range(r.randint(2, 3))]
            fn = r.choice(("min", "max"))
            if r.random() < 0.3:
                return f"{fn}([{', '.join(e[0] for e in es)}])", max(e[1] for e in es)
            return f"{fn}({', '.join(e[0] for e in es)})", max(e[1] for e in es)
        if c < 0.4:
            a = self.iexpr(d - 1)
            return f"int(str({a[0]} * 1))", a[1]
        if c < 0.5:
            s = r.choice(INT_STRS)
            return f"int({lit(s)})", bl(int(s))
        if c < 0.57:
            v = r.randint(0, 5000)
            base, s = r.choice(((16, f"{v:x}"), (2, f"{v:b}"), (8, f"{v:o}"), (36, "zz"), (16, "FF")))
            return f"int({lit(s)}, {base})", 13
        if c < 0.72:
            a, b = self.iexpr(d - 1), self.iexpr(d - 1)
            return f"math.gcd({a[0]}, {b[0]})", max(a[1], b[1])
        if c < 0.82:
            es = [self.iexpr(d - 1) for _ in range(r.randint(1, 4))]
            return f"sum([{', '.join(e[0] for e in es)}])", max(e[1] for e in es) + 2
        if c < 0.9:
            b = self.bexpr(d - 1)
            a = self.iexpr(d - 1)
            return f"({b} + {a[0]})", a[1] + 1
        s = self.sexpr(d - 1)
        return f"ord({s[0]}[0]) if {s[0]} else -1".join("()"), 21

    def i_fromfloat(self, d):
        f = self.fexpr(d - 1)
        fn = self.r.choice(("int({})", "round({})", "math.floor({})", "math.ceil({})", "int({} * 1000)"))
        return fn.format(f[0]), f[1] + 11

    def i_fromstr(self, d):
        r = self.r
        s = self.sexpr(d - 1)
        sub = lit(r.choice(("a", "an", "l", " ", "o", "é", "ss", "")))
        c = r.random()
        nb = bl(s[1]) + 1
        if c < 0.3:
            return f"len({s[0]})", nb
        if c < 0.5:
            return f"{s[0]}.count({sub})", nb
        if c < 0.7:
            return f"{s[0]}.{r.choice(('find', 'rfind'))}({sub})", nb
        v = self.var("str")
        if v and c < 0.85:
            i, j = r.randint(-4, 5), r.randint(-3, 9)
            return f"{v.name}.index({v.name}[{i}:{j}])", bl(v.cap) + 1
        return f"ord({lit(r.choice('aZ0 é→~'))})", 14

    def i_fromcont(self, d):
        r = self.r
        c = r.random()
        L = self.var("lint")
        if L and c < 0.45:
            k = r.random()
            if k < 0.25:
                return f"sum({L.name})", EB + bl(L.cap)
            if k < 0.45:
                i = self.iexpr(d - 1)
                return f"({L.name}[{i[0]} % len({L.name})] if {L.name} else 0)", EB
            if k < 0.6:
                return f"({L.name}[-1] if {L.name} else -1)", EB
            if k < 0.75:
                return f"{r.choice(('max', 'min'))}({L.name}, default=0)", EB
            if k < 0.85:
                return f"({r.choice(('max', 'min'))}({L.name}) if {L.name} else 0)", EB
            if r.random() < 0.5:
                i = self.iexpr(d - 1)
                return f"({L.name}.index({L.name}[{i[0]} % len({L.name})]) if {L.name} else -1)", bl(L.cap)
            i = self.iexpr(d - 1)
            return f"{L.name}.count({i[0]})", bl(L.cap)
        D = self.var("dict")
        if D and c < 0.7:
            k = self.keyexpr(D)
            if r.random() < 0.5:
                return f"{D.name}.get({k}, {r.randint(-1, 9)})", EB
            return f"({D.name}[{k}] if {k} in {D.name} else 0)", EB
        T = self.var("tup")
        if T and c < 0.8:
            i = r.randint(-T.n, T.n - 1)
            k = r.random()
            if k < 0.2:
                return f"{T.name}.count({self.iexpr(d - 1)[0]})", 4
            if k < 0.35:
                return f"{T.name}.index({T.name}[{i}])", 4
            if k < 0.5:
                return f"{r.choice(('min', 'max', 'sum'))}({T.name})", EB + 2
            return f"{T.name}[{i}]", EB
        S = self.var("set")
        if S and c < 0.9:
            return f"({r.choice(('max', 'min'))}({S.name}) if {S.name} else 0)", EB
        e = self.lexpr(d - 1)
        return f"sum({e[0]})", EB + bl(e[1])

    def keyexpr(self, D):
        r = self.r
        if r.random() < 0.6:
            return lit(r.choice(WORDS))
        s = self.var("str")
        return s.name if s else lit(r.choice(WORDS))

    def i_cond(self, d):
        a, b = self.iexpr(d - 1), self.iexpr(d - 1)
        return f"({a[0]} if {self.bexpr(d - 1)} else {b[0]})", max(a[1], b[1])

    def i_call(self, d):
        fs = [f for f in self.funcs if f.ret == "int" and f.cost * self.mult <= 3000 and f.name != self.func]
        if not fs:
            return self.ileaf()
        f = self.r.choice(fs)
        self.cost += f.cost * self.mult
        return self.call(f, d), IB

    def i_gensum(self, d):
        r = self.r
        x = self.letter()
        if r.random() < 0.5:
            n = r.randint(0, 20)
            self.bind(x, "int", b=5)
            e = self.ie(d - 1, 40)
            self.unbind(x)
            return f"sum({e[0]} for {x} in range({n}))", 46
        s = self.sexpr(d - 1)
        self.bind(x, "str", cap=1)
        b = self.bexpr(d - 1)
        self.unbind(x)
        return f"sum(1 for {x} in {s[0]} if {b})", bl(s[1])

    # ---------------------------------------------------------------- floats
    def fleaf(self):
        r = self.r
        v = self.var("float")
        if v and r.random() < 0.6:
            return v.name, v.b
        c = r.random()
        if c < 0.65:
            s = r.choice(FLOATS)
            return (s if not s.startswith("-") else f"({s})"), bl(int(abs(float(s)))) + 1
        if c < 0.8:
            v = round(r.uniform(-1000, 1000), r.randint(0, 4))
            return (repr(v) if v >= 0 else f"({v!r})"), 11
        if c < 0.9:
            return f"float({lit(r.choice(FLOAT_STRS))})", 80
        return r.choice(("math.pi", "math.e", "(-math.pi)")), 2

    def fexpr(self, d=2):
        if d <= 0 or self.r.random() < 0.3:
            return self.fleaf()
        f = self.pick([(12, self.f_arith), (6, self.f_div), (3, self.f_pow), (5, self.f_fn), (4, self.f_fromint),
                       (2, self.f_cond)])
        e = f(d)
        if e[1] > FMAX:
            e = self.clampf(e, FB)
        return e

    def fe(self, d, maxbits):
        return self.clampf(self.fexpr(d), maxbits)

    def num(self, d):
        """An int (at most 60 bits) or float expression, for mixed arithmetic."""
        if self.r.random() < 0.3:
            return self.ie(d, 60)
        return self.fexpr(d)

    def f_arith(self, d):
        a = self.fexpr(d - 1)
        b = self.num(d - 1) if self.r.random() < 0.5 else self.fexpr(d - 1)
        if self.r.random() < 0.5:
            a, b = b, a
        op = self.r.choice("+-*")
        if op == "*":
            if a[1] + b[1] > FMAX:
                a, b = self.clampf(a, 60), self.clampf(b, 60)
            return f"({a[0]} * {b[0]})", a[1] + b[1]
        return f"({a[0]} {op} {b[0]})", max(a[1], b[1]) + 1

    def f_div(self, d):
        r = self.r
        a = self.num(d - 1)
        c = r.random()
        if c < 0.4:
            den = r.choice(("2", "3", "(-4)", "7.5", "0.25", "(-1.5)", "10", "3.0"))
        elif c < 0.8:
            den = f"(abs({self.num(d - 1)[0]}) + {r.choice(('1', '1.0', '0.5'))})"
        else:
            den = self.nonzero(d)[0]
        op = r.choice(("/", "/", "/", "//", "%"))
        if op != "/" and not a[0].replace(".", "", 1).isdigit() and a[1] <= 60 and r.random() < 0.2:
            return f"({a[0]} {op} {den})", a[1] + 3  # maybe int // int; still a number
        if op == "/":
            return f"({a[0]} / {den})", a[1] + 3
        return f"(float({a[0]}) {op} {den})", a[1] + 3

    def f_pow(self, d):
        r = self.r
        c = r.random()
        if c < 0.35:
            a = self.fe(d - 1, 300)
            return f"({a[0]} ** {r.choice((2, 3))})", a[1] * 3 + 1
        if c < 0.6:
            a = self.fexpr(d - 1)
            return f"(abs({a[0]}) ** {r.choice(('0.5', '1.5', '0.25', '(1 / 3)', '2.5'))})", int(a[1] * 2.5) + 1
        if c < 0.8:
            a = self.fexpr(d - 1)
            return f"((abs({a[0]}) + 1.0) ** {r.choice(('-1', '-2', '-0.5'))})", 1
        k = r.randint(-20, 80)
        return f"(2.0 ** {k})" if k >= 0 else f"(2.0 ** ({k}))", max(k, 0) + 1

    def f_fn(self, d):
        r = self.r
        a = self.fexpr(d - 1)
        c = r.random()
        if c < 0.2:
            return f"math.sqrt(abs({a[0]}))", a[1] // 2 + 1
        if c < 0.35:
            return f"abs({a[0]})", a[1]
        if c < 0.5:
            return f"(-{a[0]})", a[1]
        if c < 0.7:
            return f"round({a[0]}, {r.randint(-2, 5)})", a[1] + 7
        if c < 0.85:
            b = self.fexpr(d - 1)
            fn = r.choice(("min", "max"))
            return f"{fn}({a[0]}, {b[0]})", max(a[1], b[1])
        b = self.num(d - 1)
        return f"sum([{a[0]}, {b[0]}, 0.5])", max(a[1], b[1]) + 2

    def f_fromint(self, d):
        r = self.r
        a = self.ie(d - 1, 900)
        c = r.random()
        if c < 0.4:
            return f"float({a[0]})", a[1]
        if c < 0.7:
            den = self.nonzero(d)
            return f"({a[0]} / {den[0]})", a[1]
        s = self.sexpr(d - 1)
        return f"(len({s[0]}) / {r.choice(('3', '7', '2.5'))})", bl(s[1])

    def f_cond(self, d):
        a, b = self.fexpr(d - 1), self.fexpr(d - 1)
        return f"({a[0]} if {self.bexpr(d - 1)} else {b[0]})", max(a[1], b[1])

    # ---------------------------------------------------------------- bools
    def bexpr(self, d=2):
        r = self.r
        if d <= 0 or r.random() < 0.2:
            v = self.var("bool")
            if v and r.random() < 0.7:
                return v.name
            if r.random() < 0.5:
                return r.choice(("True", "False"))
            a, b = self.ileaf(), self.ileaf()
            return f"({a[0]} {r.choice(('<', '>', '==', '!=', '<=', '>='))} {b[0]})"
        c = r.random()
        ops = ("<", ">", "==", "!=", "<=", ">=")
        if c < 0.22:
            a, b = self.iexpr(d - 1), self.iexpr(d - 1)
            return f"({a[0]} {r.choice(ops)} {b[0]})"
        if c < 0.3:
            a, b, e = self.iexpr(d - 1), self.iexpr(d - 1), self.iexpr(d - 1)
            return f"({a[0]} {r.choice(ops)} {b[0]} {r.choice(ops)} {e[0]})"
        if c < 0.36:
            a, b = self.num(d - 1), self.fexpr(d - 1)
            return f"({a[0]} {r.choice(ops)} {b[0]})"
        if c < 0.42:
            a, b = self.sexpr(d - 1), self.sexpr(d - 1)
            return f"({a[0]} {r.choice(ops)} {b[0]})"
        if c < 0.5:
            return f"(not {self.bexpr(d - 1)})"
        if c < 0.6:
            return f"({self.bexpr(d - 1)} {r.choice(('and', 'or'))} {self.bexpr(d - 1)})"
        if c < 0.7:
            return self.b_member(d)
        if c < 0.78:
            s = self.sexpr(d - 1)
            m = r.choice(("isdigit()", "isalpha()", "isupper()", "islower()", "isspace()", "isalnum()",
                          f"startswith({lit(r.choice(('a', 'he', 'H', '', 'x')))})",
                          f"endswith({lit(r.choice(('a', 'o', 's', ' ', 'é')))})"))
            return f"{s[0]}.{m}"
        if c < 0.84:
            v = r.choice(list(self.scope.values())) if self.scope else None
            code = v.name if v else self.iexpr(d - 1)[0]
            t = r.choice(("int", "str", "float", "list", "dict", "bool", "tuple", "set", "(int, float)",
                          "(list, tuple)", "object"))
            return f"isinstance({code}, {t})"
        if c < 0.91:
            L = self.var("lint")
            src = L.name if L else self.lexpr(d - 1)[0]
            x = self.letter()
            self.bind(x, "int", b=EB)
            b = self.bexpr(d - 1)
            self.unbind(x)
            return f"{r.choice(('any', 'all'))}({b} for {x} in {src})"
        if c < 0.95:
            a, b = self.fexpr(d - 1), self.fexpr(d - 1)
            return f"math.isclose({a[0]}, {b[0]})"
        e = r.choice((lambda: self.iexpr(d - 1)[0], lambda: self.sexpr(d - 1)[0], lambda: self.lexpr(d - 1)[0]))()
        return f"bool({e})"

    def b_member(self, d):
        r = self.r
        c = r.random()
        neg = r.choice(("in", "in", "not in"))
        if c < 0.3:
            L = self.var("lint")
            if L:
                return f"({self.iexpr(d - 1)[0]} {neg} {L.name})"
        if c < 0.5:
            D = self.var("dict")
            if D:
                return f"({self.keyexpr(D)} {neg} {D.name})"
        if c < 0.65:
            S = self.var("set")
            if S:
                return f"({self.iexpr(d - 1)[0]} {neg} {S.name})"
        if c < 0.75:
            L = self.var("lstr")
            if L:
                return f"({self.sexpr(d - 1)[0]} {neg} {L.name})"
        return f"({lit(r.choice(('a', 'lo', 'é', ' ', 'xyz', '')))} {neg} {self.sexpr(d - 1)[0]})"

    # ---------------------------------------------------------------- strings
    def sleaf(self):
        r = self.r
        h = self.hot("str")
        if h and r.random() < 0.6:
            return h.name, h.cap
        v = self.var("str")
        if v and r.random() < 0.55:
            return v.name, v.cap
        s = r.choice(STRS) if r.random() < 0.8 else r.choice(WORDS)
        if r.random() < 0.1 and "'" not in s and "\\" not in s and "\n" not in s and "\t" not in s and '"' not in s:
            return f'"{s}"', len(s)
        return lit(s), len(s)

    def sexpr(self, d=2):
        if d <= 0 or self.r.random() < 0.3:
            return self.sleaf()
        f = self.pick([(6, self.s_concat), (7, self.s_slice), (6, self.s_method), (3, self.s_pad),
                       (4, self.s_join), (6, self.s_conv), (7, self.s_format), (2, self.s_chr), (2, self.s_cond),
                       (3, self.s_split), (2, self.s_index), (1, self.s_call)])
        e = f(d)
        if e[1] > 600:
            e = self.clamps(e, 100)
        return e

    def s_concat(self, d):
        r = self.r
        a = self.sexpr(d - 1)
        if r.random() < 0.3:
            k = r.randint(0, 3)
            return (f"({a[0]} * {k})" if r.random() < 0.7 else f"({k} * {a[0]})"), a[1] * k
        b = self.sexpr(d - 1)
        return f"({a[0]} + {b[0]})", a[1] + b[1]

    def s_slice(self, d):
        r = self.r
        a = self.sexpr(d - 1)
        c = r.random()
        if c < 0.25:
            sl = r.choice(("[::-1]", "[::2]", "[1:]", "[:-1]", "[-3:]", "[:3]", "[1::2]", "[::-2]", "[-2::-1]",
                           "[5:1:-1]", "[2:-2]", "[:]", "[10:]", "[-100:100]"))
        elif c < 0.7:
            i, j, k = r.randint(-6, 8), r.randint(-6, 10), r.choice((1, 2, 3, -1, -2, -3))
            sl = r.choice((f"[{i}:{j}]", f"[{i}:]", f"[:{j}]", f"[{i}:{j}:{k}]", f"[::{k}]"))
        else:
            i = self.ie(d - 1, 8)
            sl = r.choice((f"[{i[0]}:]", f"[:{i[0]}]", f"[{i[0]}::-1]"))
        return f"{a[0]}{sl}", a[1]

    def s_method(self, d):
        r = self.r
        a = self.sexpr(d - 1)
        c = r.random()
        if c < 0.55:
            m = r.choice(("upper()", "lower()", "title()", "capitalize()", "swapcase()", "strip()", "lstrip()",
                          "rstrip()", f"strip({lit(r.choice(('ab', ' ', 'a', 'xé')))})",
                          f"lstrip({lit(r.choice(('h', ' ', 'aA')))})", f"rstrip({lit(r.choice(('!', 'o', ' ')))})"))
            n = a[1] * 3 if m in ("upper()", "title()", "capitalize()", "swapcase()") else a[1]  # 'ß'.upper()
            return f"{a[0]}.{m}", n
        old = r.choice(("a", "l", " ", "an", "é", "o", "ss", ","))
        new = r.choice(("", "A", "--", "→", "xyz", "_"))
        cnt = f", {r.randint(0, 2)}" if r.random() < 0.3 else ""
        return f"{a[0]}.replace({lit(old)}, {lit(new)}{cnt})", a[1] * max(1, len(new))

    def s_pad(self, d):
        r = self.r
        a = self.sexpr(d - 1)
        w = r.randint(0, 20)
        fill = f", {lit(r.choice('*.-é→ '))}" if r.random() < 0.5 else ""
        m = r.choice((f"center({w}{fill})", f"ljust({w}{fill})", f"rjust({w}{fill})", f"zfill({w})"))
        return f"{a[0]}.{m}", max(a[1], w)

    def s_join(self, d):
        r = self.r
        sep = r.choice(SEPS)
        c = r.random()
        if c < 0.4:
            L = self.lsexpr(d - 1)
            return f"{lit(sep)}.join({L[0]})", L[1] * (L[2] + len(sep))
        if c < 0.7:
            L = self.lexpr(d - 1)
            return f"{lit(sep)}.join(map(str, {L[0]}))", L[1] * (14 + len(sep))
        a = self.sexpr(d - 1)
        return f"{lit(sep)}.join({r.choice(('sorted', 'reversed'))}({a[0]}))", a[1] * (1 + len(sep))

    def s_conv(self, d):
        r = self.r
        c = r.random()
        if c < 0.35:
            a = self.iexpr(d - 1)
            return f"{r.choice(('str', 'repr'))}({a[0]})", int(a[1] * 0.302) + 3
        if c < 0.55:
            a = self.fexpr(d - 1)
            return f"{r.choice(('str', 'repr'))}({a[0]})", 26
        if c < 0.7:
            a = self.sexpr(d - 1)
            return f"repr({a[0]})", a[1] * 4 + 2
        if c < 0.78:
            return f"str({self.bexpr(d - 1)})", 5
        v = r.choice(list(self.scope.values())) if self.scope else None
        if v is None or v.t in ("obj", "set"):
            return "str(None)", 4
        if r.random() < 0.5:
            return f"type({v.name}).__name__", 5
        return f"{r.choice(('str', 'repr'))}({v.name})", self.reprlen(v)

    def reprlen(self, v):
        if v.t == "int":
            return int(v.b * 0.302) + 3
        if v.t == "float":
            return 26
        if v.t == "bool":
            return 5
        if v.t == "str":
            return v.cap * 4 + 2
        if v.t in ("lint", "tup"):
            return v.cap * 16 + 3
        if v.t == "lstr":
            return v.cap * (v.b * 4 + 4) + 2
        if v.t == "dict":
            return v.cap * (v.b * 4 + 20) + 2
        return 200

    def fmt_field(self):
        """(field text for an f-string, length bound): no quotes or backslashes inside the braces."""
        r = self.r
        c = r.random()
        if c < 0.45:
            v = self.var("int")
            e = (v.name, v.b) if v else (str(r.randint(-999, 99999)), 17)
            if v and r.random() < 0.3:
                w = self.var("int")
                if w:
                    e = (f"{v.name} {r.choice('+-*')} {w.name}", v.b + w.b)
                    e = self.clampi(e, 200)
            spec = r.choice(("", ":>8", ":<6", ":^7", ":08b", ":,", ":x", ":X", ":o", ":+d", ":05d", ":_",
                             ":#x", ":.2f", ":e", ":>+10,", ":b"))
            n = int(e[1] * 0.302) + 14 if "b" not in spec else e[1] + 12
            return "{" + e[0] + spec + "}", n
        if c < 0.7:
            v = self.var("float")
            e = v.name if v else r.choice(FLOATS).lstrip("-")
            spec = r.choice((":.3f", ":10.2e", ":g", ":.1%", ":>12.4f", ":+.2f", ":.0f", "", ":,.2f", ":E", ":8.3g"))
            return "{" + e + spec + "}", 340
        if c < 0.9:
            v = self.var("str")
            if v:
                spec = r.choice(("", "!r", ":>10", ":<8", ":^12", ":*^11", ":.3", "!s", ":->9"))
                return "{" + v.name + spec + "}", v.cap * 4 + 14
        v = self.var("lint", "lstr", "bool", "tup", "dict")
        if v:
            return "{" + v.name + "}", self.reprlen(v)
        return "{None}", 4

    def s_format(self, d):
        r = self.r
        c = r.random()
        texts = ("", "x=", " | ", "val: ", "→ ", "{{lit}} ", "%", " and ")
        if c < 0.5:
            parts, n = [], 0
            for _ in range(r.randint(1, 3)):
                t = r.choice(texts)
                f, k = self.fmt_field()
                parts.append(t + f)
                n += len(t) + k
            return 'f"' + "".join(parts) + '"', n
        if c < 0.75:
            a = self.iexpr(d - 1)
            s = self.sexpr(d - 1)
            f = self.fexpr(d - 1)
            form = r.choice((("%d items", a), ("[%5d]", a), ("%x", a), ("%05d|", a), ("%-6d|", a), ("%+d", a),
                             ("%s!", s), ("%r", s), ("%-8s|", s), ("%10s", s), ("%.2f", f), ("%8.3f", f),
                             ("%e", f), ("%g", f), ("%d%%", a)))
            return f"({lit(form[0])} % {form[1][0]})", len(form[0]) + (form[1][1] * 4 if form[1] is s else 0) + \
                (int(form[1][1] * 0.302) + 12 if form[1] is a else 0) + (340 if form[1] is f else 0)
        if c < 0.88:
            a = self.iexpr(d - 1)
            s = self.sexpr(d - 1)
            t = r.choice(("%s=%d", "%s: %r", "(%s, %s)"))
            return f"({lit(t)} % ({s[0]}, {a[0]}))", len(t) + s[1] * 4 + int(a[1] * 0.302) + 12
        a = self.iexpr(d - 1)
        s = self.sexpr(d - 1)
        t = r.choice(("{} {}", "{1}-{0}-{1}", "{:>6}|{}", "<{}> <{}>", "{0!r}:{1}"))
        return f"{lit(t)}.format({a[0]}, {s[0]})", len(t) + 2 * (int(a[1] * 0.302) + 8 + s[1] * 4)

    def s_chr(self, d):
        r = self.r
        a = self.iexpr(d - 1)
        base, span = r.choice(((65, 26), (97, 26), (945, 24), (0x2190, 4), (48, 10), (233, 3)))
        return f"chr({base} + {a[0]} % {span})", 1

    def s_cond(self, d):
        a, b = self.sexpr(d - 1), self.sexpr(d - 1)
        return f"({a[0]} if {self.bexpr(d - 1)} else {b[0]})", max(a[1], b[1])

    def s_split(self, d):
        r = self.r
        a = self.sexpr(d - 1)
        c = r.random()
        if c < 0.4:
            sep = lit(r.choice((",", " ", "-", "a", "→")))
            return f"{a[0]}.{r.choice(('split', 'rsplit'))}({sep})[{r.choice((0, -1))}]", a[1]
        if c < 0.7:
            return f"{a[0]}.partition({lit(r.choice((' ', ',', 'a', 'ss')))})[{r.randint(0, 2)}]", a[1]
        return f"{a[0]}.rpartition({lit(r.choice((' ', 'o')))})[{r.randint(0, 2)}]", a[1]

    def s_index(self, d):
        v = self.var("str")
        if not v:
            return self.sleaf()
        i = self.iexpr(d - 1)
        return f"({v.name}[{i[0]} % len({v.name})] if {v.name} else {lit('?')})", 1

    def s_call(self, d):
        fs = [f for f in self.funcs if f.ret == "str" and f.cost * self.mult <= 3000 and f.name != self.func]
        if not fs:
            return self.sleaf()
        f = self.r.choice(fs)
        self.cost += f.cost * self.mult
        return self.call(f, d), SCAP

    # ---------------------------------------------------------------- lists of ints
    def lexpr(self, d=2):
        """(code, max length) of a new list of ints, each of at most EB bits."""
        r = self.r
        if d <= 0 or r.random() < 0.25:
            v = self.var("lint")
            if v and r.random() < 0.6:
                return r.choice((f"{v.name}[:]", f"list({v.name})", f"{v.name}.copy()")), v.cap
            n = r.randint(0, 6)
            return "[" + ", ".join(self.ie(0, EB)[0] for _ in range(n)) + "]", n
        f = self.pick([(4, self.l_range), (6, self.l_comp), (4, self.l_sorted), (3, self.l_slice), (3, self.l_concat),
                       (3, self.l_mapfilter), (3, self.l_from)])
        e = f(d)
        if e[1] > LCAP * 3:
            e = self.clampl(e, LCAP)
        return e

    def rangeargs(self, maxn=12, lo=-1):
        """Arguments of a range() and its length (at most maxn + 1)."""
        r = self.r
        c = r.random()
        if c < 0.4:
            n = r.randint(max(0, lo), maxn)
            return f"{n}", n
        if c < 0.7:
            a = r.randint(-5, 10)
            b = r.randint(a + min(lo * 3, maxn), a + maxn)
            return f"{a}, {b}", len(range(a, b))
        a = r.randint(-10, 20)
        s = r.choice((2, 3, -1, -2, -3, 4))
        b = a + s * r.randint(lo, maxn // abs(s) + 1) + r.randint(-1, 1)
        return f"{a}, {b}, {s}", len(range(a, b, s))

    def l_range(self, d):
        args, n = self.rangeargs(15)
        return f"list(range({args}))", n

    def l_comp(self, d):
        r = self.r
        x = self.letter()
        c = r.random()
        L = self.var("lint")
        if c < 0.4 and L:
            src, n = L.name, L.cap
            self.bind(x, "int", b=EB)
        elif c < 0.75:
            args, n = self.rangeargs()
            src = f"range({args})"
            self.bind(x, "int", b=8)
        else:
            y = self.letter()
            a1, n1 = self.rangeargs(5)
            a2, n2 = self.rangeargs(5)
            self.bind(x, "int", b=8)
            self.bind(y, "int", b=8)
            e = self.ie(d - 1, EB)
            self.unbind(y)
            self.unbind(x)
            return f"[{e[0]} for {x} in range({a1}) for {y} in range({a2})]", n1 * n2
        e = self.ie(d - 1, EB)
        cond = f" if {self.bexpr(d - 1)}" if r.random() < 0.5 else ""
        self.unbind(x)
        return f"[{e[0]} for {x} in {src}{cond}]", n

    def l_sorted(self, d):
        r = self.r
        a = self.lexpr(d - 1)
        key = r.choice(("", ", reverse=True", ", key=abs", ", key=lambda v: (v % 7, v)", ", key=lambda v: -v",
                        ", key=lambda v: str(v), reverse=True", ", key=lambda v: v % 3"))
        if r.random() < 0.2:
            return f"list(reversed({a[0]}))", a[1]
        return f"sorted({a[0]}{key})", a[1]

    def l_slice(self, d):
        a = self.lexpr(d - 1)
        sl = self.r.choice(("[::-1]", "[::2]", "[1:]", "[:-1]", "[-3:]", "[:3]", "[1::3]", "[2:5]", "[::-2]",
                            "[-4:-1]", "[5:1:-1]"))
        return f"{a[0]}{sl}", a[1]

    def l_concat(self, d):
        a = self.lexpr(d - 1)
        if self.r.random() < 0.4:
            k = self.r.randint(0, 3)
            return f"{a[0]} * {k}".join("()"), a[1] * k
        b = self.lexpr(d - 1)
        return f"({a[0]} + {b[0]})", a[1] + b[1]

    def l_mapfilter(self, d):
        r = self.r
        a = self.lexpr(d - 1)
        x = self.letter()
        self.bind(x, "int", b=EB)
        if r.random() < 0.5:
            e = self.ie(d - 1, EB)
            self.unbind(x)
            return f"list(map(lambda {x}: {e[0]}, {a[0]}))", a[1]
        b = self.bexpr(d - 1)
        self.unbind(x)
        return f"list(filter(lambda {x}: {b}, {a[0]}))", a[1]

    def l_from(self, d):
        r = self.r
        c = r.random()
        if c < 0.2:
            s = self.sexpr(d - 1)
            return f"[ord(ch) for ch in {s[0]}]", s[1]
        if c < 0.35:
            L = self.lsexpr(d - 1)
            return r.choice((f"[len(w) for w in {L[0]}]", f"list(map(len, {L[0]}))")), L[1]
        D = self.var("dict")
        if D and c < 0.5:
            return r.choice((f"list({D.name}.values())", f"[v for k, v in sorted({D.name}.items())]")), D.cap
        S = self.var("set")
        if S and c < 0.65:
            return f"sorted({S.name})", S.cap
        L = self.var("lint")
        if L and c < 0.8:
            return r.choice((f"[i * x % 1000 for i, x in enumerate({L.name})]",
                             f"[i for i, x in enumerate({L.name}) if x % 2 == 0]")), L.cap
        if L and c < 0.9:
            M = self.var("lint")
            return f"[a - b for a, b in zip({L.name}, {M.name})]", min(L.cap, M.cap)
        a = self.ie(d - 1, EB)
        return f"list(divmod({a[0]}, {self.nonzero(d)[0]}))", 2

    # ---------------------------------------------------------------- lists of strings
    def lsexpr(self, d=2):
        """(code, max length, max element length) of a new list of strings."""
        r = self.r
        if d <= 0 or r.random() < 0.25:
            v = self.var("lstr")
            if v and r.random() < 0.6:
                return r.choice((f"{v.name}[:]", f"list({v.name})", f"{v.name}.copy()")), v.cap, v.b
            ws = [r.choice(STRS + WORDS) for _ in range(r.randint(0, 5))]
            return "[" + ", ".join(lit(w) for w in ws) + "]", len(ws), max([len(w) for w in ws] + [1])
        c = r.random()
        if c < 0.3:
            s = self.sexpr(d - 1)
            k = r.random()
            if k < 0.35:
                return f"{s[0]}.split()", s[1] // 2 + 1, s[1]
            if k < 0.6:
                return f"{s[0]}.split({lit(r.choice((',', ' ', 'a', '→', ', ')))})", s[1] + 1, s[1]
            if k < 0.75:
                return f"{s[0]}.rsplit({lit(r.choice((' ', ',')))}, 1)", 2, s[1]
            if k < 0.88:
                return f"list({s[0]})", s[1], 1
            return f"[{s[0]}[i:i + 2] for i in range(0, len({s[0]}), 2)]", s[1] // 2 + 1, 2
        a = self.lsexpr(d - 1)
        if c < 0.5:
            x = self.letter()
            self.bind(x, "str", cap=a[2])
            if r.random() < 0.5:
                e = self.clamps(self.sexpr(d - 1), 30)
                self.unbind(x)
                return f"[{e[0]} for {x} in {a[0]}]", a[1], e[1]
            b = self.bexpr(d - 1)
            self.unbind(x)
            return f"[{x} for {x} in {a[0]} if {b}]", a[1], a[2]
        if c < 0.7:
            key = r.choice(("", ", reverse=True", ", key=len", ", key=lambda w: (len(w), w), reverse=True",
                            ", key=str.lower"))
            return f"sorted({a[0]}{key})", a[1], a[2]
        if c < 0.8:
            return f"{a[0]}{r.choice(('[::-1]', '[1:]', '[:2]', '[::2]'))}", a[1], a[2]
        if c < 0.9:
            b = self.lsexpr(d - 1)
            return f"({a[0]} + {b[0]})", a[1] + b[1], max(a[2], b[2])
        L = self.lexpr(d - 1)
        return f"[str(v) for v in {L[0]}]", L[1], 14

    # ---------------------------------------------------------------- dicts, sets, tuples
    def dexpr(self, d=2):
        """(code, max length, max key length) of a new dict str -> int (EB bits)."""
        r = self.r
        c = r.random()
        D = self.var("dict")
        if d <= 0 or c < 0.3:
            if D and r.random() < 0.5:
                return r.choice((f"dict({D.name})", f"{D.name}.copy()")), D.cap, D.b
            ks = r.sample(WORDS, r.randint(0, 5))
            return "{" + ", ".join(f"{lit(k)}: {self.ie(0, EB)[0]}" for k in ks) + "}", len(ks), 6
        if c < 0.45:
            L = self.lsexpr(d - 1)
            return r.choice((f"{{w: len(w) for w in {L[0]}}}", f"{{w: i for i, w in enumerate({L[0]})}}")), L[1], L[2]
        if c < 0.6:
            L, M = self.lsexpr(d - 1), self.lexpr(d - 1)
            return f"dict(zip({L[0]}, {M[0]}))", min(L[1], M[1]), L[2]
        if D and c < 0.8:
            x = self.letter()
            self.bind(x, "int", b=EB)
            if r.random() < 0.5:
                e = self.ie(d - 1, EB)
                self.unbind(x)
                return f"{{k: {e[0]} for k, {x} in {D.name}.items()}}", D.cap, D.b
            b = self.bexpr(d - 1)
            self.unbind(x)
            return f"{{k: {x} for k, {x} in {D.name}.items() if {b}}}", D.cap, D.b
        if D and c < 0.9:
            return r.choice((f"dict(sorted({D.name}.items()))", f"dict(sorted({D.name}.items(), key=lambda kv: kv[1]))",
                             f"{{**{D.name}, {lit(r.choice(WORDS))}: {r.randint(0, 99)}}}")), D.cap + 1, max(D.b, 6)
        s = self.sexpr(d - 1)
        return f"{{c: {s[0]}.count(c) for c in {s[0]}}}", s[1], 1

    def setexpr(self, d=2):
        r = self.r
        c = r.random()
        if d <= 0 or c < 0.3:
            S = self.var("set")
            if S and r.random() < 0.5:
                return r.choice((f"set({S.name})", f"{S.name}.copy()")), S.cap
            n = r.randint(1, 6)
            return "{" + ", ".join(str(r.randint(-5, 20)) for _ in range(n)) + "}", n
        if c < 0.45:
            L = self.lexpr(d - 1)
            return f"set({L[0]})", L[1]
        if c < 0.6:
            L = self.lexpr(d - 1)
            return f"{{v % {r.randint(2, 9)} for v in {L[0]}}}", L[1]
        if c < 0.7:
            args, n = self.rangeargs()
            return f"set(range({args}))", n
        if c < 0.8:
            L = self.lsexpr(d - 1)
            return f"{{len(w) for w in {L[0]}}}", L[1]
        a, b = self.setexpr(d - 1), self.setexpr(d - 1)
        op = r.choice("|&-^")
        return f"({a[0]} {op} {b[0]})", a[1] + b[1]

    # ---------------------------------------------------------------- any value, for printing
    def anyexpr(self, d=2):
        r = self.r
        c = r.random()
        if c < 0.25:
            return self.iexpr(d)[0]
        if c < 0.4:
            return self.fexpr(d)[0]
        if c < 0.58:
            return self.sexpr(d)[0]
        if c < 0.66:
            return self.bexpr(d)
        if c < 0.76:
            return self.lexpr(d)[0]
        if c < 0.82:
            return self.lsexpr(d)[0]
        if c < 0.88:
            return self.dexpr(d)[0]
        if c < 0.91:
            return f"sorted({self.setexpr(d)[0]})"
        if c < 0.93:
            return f"tuple({self.lexpr(d)[0]})"
        v = self.var("int", "float", "str", "lint", "lstr", "dict", "tup", "bool")
        return v.name if v else "None"

    # ---------------------------------------------------------------- calls
    def argexpr(self, t, d):
        if t == "int":
            return self.ie(d, EB)[0]
        if t == "str":
            return self.clamps(self.sexpr(d), 40)[0]
        if t == "float":
            return self.fe(d, 60)[0]
        return self.clampl(self.lexpr(d), 30)[0]

    def call(self, f, d):
        r = self.r
        d = min(d, 1)
        pos, kw = [], []
        skipped = False
        for pn, pt, default in f.params:
            if default is not None and r.random() < 0.4:
                skipped = True
                continue
            if kw or skipped or (default is not None and r.random() < 0.5) or (r.random() < 0.1 and f.name[0] != "s"):
                kw.append(f"{pn}={self.argexpr(pt, d)}")
            else:
                pos.append(self.argexpr(pt, d))
        if f.star and not kw and len(pos) == len(f.params) and r.random() < 0.6:
            extra = [self.ie(0, EB)[0] for _ in range(r.randint(1, 3))]
            if r.random() < 0.4:
                pos.append("*" + self.clampl(self.lexpr(0), 20)[0])
            else:
                pos.extend(extra)
        for kn, kt in f.kwonly:
            if r.random() < 0.6:
                kw.append(f"{kn}={self.argexpr(kt, d)}")
        if f.dstar and r.random() < 0.6:
            for k in r.sample(("alpha", "beta", "gamma", "delta"), r.randint(1, 2)):
                kw.append(f"{k}={self.ie(0, EB)[0]}")
        return f"{f.name}({', '.join(pos + kw)})"

    # ---------------------------------------------------------------- statements
    def newvar(self, t, e):
        """Registers a new variable of type t for the value (code, bound...) e; returns its name."""
        prefixes = {"int": ("n", "k", "m", "total", "count", "acc", "num"), "float": ("x", "y", "ratio", "avg"),
                    "bool": ("flag", "ok", "done"), "str": ("s", "word", "text", "label", "msg"),
                    "lint": ("nums", "vals", "items", "data"), "lstr": ("words", "names", "parts"),
                    "dict": ("d", "table", "counts", "ages"), "set": ("seen", "ids", "bag"), "tup": ("t", "pair"),
                    "obj": ("o", "obj", "inst")}
        name = self.name(self.r.choice(prefixes[t]))
        if t == "int":
            v = Var(name, t, b=max(e[1], IB if self.r.random() < 0.7 else e[1]))
        elif t == "float":
            v = Var(name, t, b=max(e[1], 64))
        elif t == "str":
            v = Var(name, t, cap=min(SCAP, max(e[1] * 2, 30)))
        elif t in ("lint", "set"):
            v = Var(name, t, cap=min(LCAP, max(e[1] * 2, 24)), n=e[1])
        elif t in ("lstr", "dict"):
            v = Var(name, t, cap=min(LCAP, max(e[1] * 2, 24)), n=e[1], b=e[2])
        else:
            v = Var(name, t)
        self.scope[name] = v
        return v

    def s_assign(self, d):
        r = self.r
        t = self.pick([(8, "int"), (5, "float"), (2, "bool"), (7, "str"), (5, "lint"), (3, "lstr"), (3, "dict"),
                       (2, "set"), (1, "tup")])
        if t == "int":
            e = self.ie(d, IB if r.random() < 0.8 else 600)
        elif t == "float":
            e = self.fe(d, FB)
        elif t == "bool":
            e = (self.bexpr(d), 1)
        elif t == "str":
            e = self.clamps(self.sexpr(d), SCAP)
        elif t == "lint":
            e = self.clampl(self.lexpr(d), LCAP)
        elif t == "lstr":
            e = self.lsexpr(d)
            e = self.clampl(e, LCAP)
            if e[2] > 60:
                e = (f"[w[:20] for w in {e[0]}]", e[1], 20)
        elif t == "dict":
            e = self.dexpr(d)
            if e[1] > LCAP:
                e = (f"dict(list({e[0]}.items())[:{LCAP}])", LCAP, e[2])
            if e[2] > 60:
                e = (f"{{k[:20]: v for k, v in {e[0]}.items()}}", e[1], 20)
        elif t == "set":
            e = self.setexpr(d)
            if e[1] > LCAP:
                e = (f"set(sorted({e[0]})[:{LCAP}])", LCAP)
        else:
            n = r.randint(2, 4)
            code = "(" + ", ".join(self.ie(1, EB)[0] for _ in range(n)) + ")"
            if r.random() < 0.3:
                code, n = f"divmod({self.ie(1, EB)[0]}, {self.nonzero(1)[0]})", 2
            name = self.name("t")
            self.scope[name] = Var(name, "tup", cap=n, n=n)
            self.emit(f"{name} = {code}")
            return
        v = self.newvar(t, e)
        self.emit(f"{v.name} = {e[0]}")
        if r.random() < 0.35:
            self.print_var(v)

    def print_var(self, v):
        r = self.r
        if v.t == "set":
            self.emit(f"print(sorted({v.name}))")
        elif v.t == "obj":
            self.emit(f"print({v.name}.{v.info.fields[0]})" if v.info.fields else "print(1)")
        else:
            self.emit(r.choice((f"print({v.name})", f"print({v.name})", f"print(repr({v.name}))",
                                f"print({lit(v.name)}, {v.name})", f"print({lit(v.name + ' =')}, {v.name}, sep='')")))

    def s_reassign(self, d):
        r = self.r
        v = self.var("int", "float", "str", "bool", rw=True)
        if not v:
            return self.s_assign(d)
        if v.t == "int":
            c = r.random()
            if c < 0.4:
                e = self.iexpr(d)
                self.emit(f"{v.name} = {self.clampi(e, v.b)[0]}")
            elif c < 0.8:
                op = r.choice(("+=", "-=", "*=", "^=", "|=", "&="))
                e = self.ie(d, min(v.b, EB))
                self.emit(f"{v.name} {op} {e[0]}")
                if op in ("+=", "-=", "*="):
                    m = self.modulus(min(v.b - 1, 62))
                    self.emit(f"{v.name} %= {m}")
            else:
                op = r.choice(("//=", "%=", ">>="))
                if op == ">>=":
                    self.emit(f"{v.name} >>= {r.randint(0, 9)}")
                else:
                    self.emit(f"{v.name} {op} {self.nonzero(d)[0]}")
        elif v.t == "float":
            c = r.random()
            if c < 0.5:
                self.emit(f"{v.name} = {self.clampf(self.fexpr(d), v.b)[0]}")
            else:
                op = r.choice(("+=", "-=", "*=", "/="))
                if op == "/=":
                    self.emit(f"{v.name} /= {r.choice(('2', '3.5', '(-4)', '1.25'))}")
                else:
                    self.emit(f"{v.name} {op} {self.fe(d, 30)[0]}")
                    self.emit(f"{v.name} %= {r.choice(('1000.0', '7.25', '1e6'))}")
        elif v.t == "str":
            if r.random() < 0.5:
                self.emit(f"{v.name} = {self.clamps(self.sexpr(d), v.cap)[0]}")
            else:
                e = self.clamps(self.sexpr(d - 1), 20)
                self.emit(f"{v.name} += {e[0]}")
                self.emit(f"{v.name} = {v.name}[{r.choice(('', '-'))}{max(1, v.cap - 20)}:]"
                          if r.random() < 0.5 else f"{v.name} = {v.name}[:{v.cap - 20}]")
        else:
            self.emit(f"{v.name} = {self.bexpr(d)}")
        if r.random() < 0.4:
            self.print_var(v)

    def s_print(self, d):
        r = self.r
        c = r.random()
        if c < 0.35:
            self.emit(f"print({self.anyexpr(d)})")
        elif c < 0.5:
            es = [self.anyexpr(d - 1) for _ in range(r.randint(2, 3))]
            sep = r.choice(("", ", sep=', '", ", sep=''", ", sep=' | '", ", end='\\n'", ", end=' ;\\n'"))
            self.emit(f"print({', '.join(es)}{sep})")
        elif c < 0.6:
            self.emit(f"print({self.s_format(d)[0]})")
        elif c < 0.68:
            self.emit(f"print(repr({self.sexpr(d)[0]}))")
        elif c < 0.74:
            self.emit(f"print({self.anyexpr(d - 1)}, end={lit(r.choice((' ', '', ' | ', '→')))})")
            self.emit(f"print({self.anyexpr(d - 1)})")
        elif c < 0.8:
            L = self.var("lint", "lstr")
            if L:
                sep = r.choice(("", ", sep='-'", ", sep=', '"))
                self.emit(f"print(*{L.name}{sep})")
            else:
                self.emit(f"print(*{self.sexpr(d - 1)[0]}, sep={lit(r.choice(('.', '', ' ')))})")
        else:
            v = r.choice(list(self.scope.values())) if self.scope else None
            if v:
                self.print_var(v)
            else:
                self.emit(f"print({self.anyexpr(d)})")

    def s_mutate(self, d):
        r = self.r
        v = self.var("lint", "lstr", "dict", "set", rw=True)
        if not v:
            return self.s_assign(d)
        room = v.cap - v.n
        m = self.mult
        if v.t in ("lint", "lstr"):
            elem = (lambda: self.ie(d - 1, EB)[0]) if v.t == "lint" else \
                (lambda: self.clamps(self.sexpr(d - 1), v.b)[0])
            c = r.random()
            if c < 0.2 and room >= m:
                self.emit(f"{v.name}.append({elem()})")
                v.n += m
            elif c < 0.3 and room >= 3 * m:
                k = r.randint(0, 3)
                self.emit(f"{v.name}.extend([{', '.join(elem() for _ in range(k))}])")
                v.n += k * m
            elif c < 0.38 and room >= m:
                self.emit(f"{v.name}.insert({r.randint(-3, 5)}, {elem()})")
                v.n += m
            elif c < 0.48:
                self.emit(f"if {v.name}:")
                self.ind += 1
                self.emit(r.choice((f"print({v.name}.pop())", f"print({v.name}.pop(0))",
                                    f"print({v.name}.pop({r.randint(-1, 0)}))", f"del {v.name}[0]",
                                    f"{v.name}.pop()")))
                self.ind -= 1
            elif c < 0.56:
                e = elem()
                self.emit(f"if {e} in {v.name}:")
                self.ind += 1
                self.emit(f"{v.name}.remove({e})")
                self.ind -= 1
            elif c < 0.7:
                if v.t == "lint":
                    key = r.choice(("", "reverse=True", "key=abs", "key=lambda v: (v % 5, -v)", "key=lambda v: -v"))
                else:
                    key = r.choice(("", "reverse=True", "key=len", "key=lambda w: w[::-1]", "key=str.lower"))
                self.emit(f"{v.name}.sort({key})")
            elif c < 0.75:
                self.emit(f"{v.name}.reverse()")
            elif c < 0.85 and room >= 4 * m:
                i, j = r.randint(-3, 4), r.randint(0, 6)
                k = r.randint(0, 4)
                self.emit(f"{v.name}[{i}:{j}] = [{', '.join(elem() for _ in range(k))}]")
                v.n += k * m
            elif c < 0.92:
                self.emit(f"del {v.name}[{r.randint(-3, 3)}:{r.randint(0, 6)}]")
            else:
                self.emit(f"if {v.name}:")
                self.ind += 1
                self.emit(f"{v.name}[{r.randint(-1, 0)}] = {elem()}")
                self.ind -= 1
            if r.random() < 0.5:
                self.print_var(v)
            return
        if v.t == "dict":
            c = r.random()
            k = self.keyexpr(v)
            kv = lit(r.choice(WORDS))
            if c < 0.3 and room >= m:
                self.emit(f"{v.name}[{kv}] = {self.ie(d - 1, EB)[0]}")
                v.n += m
                v.b = max(v.b, 6)
            elif c < 0.4 and room >= m:
                self.emit(f"print({v.name}.setdefault({kv}, {r.randint(0, 50)}))")
                v.n += m
                v.b = max(v.b, 6)
            elif c < 0.5:
                self.emit(f"if {k} in {v.name}:")
                self.ind += 1
                self.emit(f"{v.name}[{k}] = ({v.name}[{k}] + {self.ie(d - 1, EB)[0]}) % {self.modulus(EB)}")
                self.ind -= 1
            elif c < 0.6:
                self.emit(f"print({v.name}.pop({k}, {r.choice(('None', '-1', repr('none')))}))")
            elif c < 0.68:
                self.emit(f"if {v.name}:")
                self.ind += 1
                self.emit(f"print({v.name}.popitem())")
                self.ind -= 1
            elif c < 0.78 and room >= 3 * m:
                e = self.dexpr(d - 1)
                if e[1] <= 3 and e[2] <= v.b:
                    self.emit(f"{v.name}.update({e[0]})")
                else:
                    self.emit(f"{v.name}.update({{{kv}: 1}})")
                v.n += 3 * m
                v.b = max(v.b, 6)
            elif c < 0.86:
                self.emit(f"if {k} in {v.name}:")
                self.ind += 1
                self.emit(f"del {v.name}[{k}]")
                self.ind -= 1
            else:
                self.emit(f"print(list({v.name}.keys()), list({v.name}.values()), list({v.name}.items())[:3])")
            if r.random() < 0.5:
                self.print_var(v)
            return
        c = r.random()
        if c < 0.4 and room >= m:
            self.emit(f"{v.name}.add({self.ie(d - 1, EB)[0]})")
            v.n += m
        elif c < 0.6:
            self.emit(f"{v.name}.discard({self.ie(d - 1, EB)[0]})")
        elif c < 0.8 and room >= 6 * m:
            e = self.setexpr(0)
            self.emit(f"{v.name} {r.choice(('|=', '&=', '-=', '^='))} {e[0]}")
            v.n += 6 * m
        else:
            self.emit(f"print(len({v.name}), {self.ie(d - 1, EB)[0]} in {v.name})")
        if r.random() < 0.5:
            self.print_var(v)

    def block(self, depth, n=None):
        r = self.r
        start = len(self.out)
        n = n if n is not None else r.randint(1, 4)
        for _ in range(n):
            if len(self.out) - start > 18 or self.cost > COST_MAX:
                break
            self.stmt(depth)
        if len(self.out) == start:
            self.emit(r.choice(("pass", "pass", "...")))

    def stmt(self, depth):
        r = self.r
        opts = [(10, self.s_assign), (7, self.s_reassign), (10, self.s_print), (6, self.s_mutate), (4, self.s_probe),
                (1, self.s_assert), (2, self.s_unpack), (1, self.s_walrus)]
        if depth > 0:
            opts += [(5, self.s_if), (4, self.s_for), (2, self.s_while), (2, self.s_try)]
        if self.loops:
            opts += [(2, self.s_breakcont)]
        if self.func:
            opts += [(1, self.s_return)]
        f = self.pick(opts)
        f(depth if f in (self.s_if, self.s_for, self.s_while, self.s_try) else self.r.randint(1, 2))

    def s_if(self, d):
        r = self.r
        self.emit(f"if {self.bexpr(2)}:")
        s = self.enter()
        self.block(d - 1)
        self.leave(s)
        for _ in range(r.choice((0, 0, 1, 2))):
            self.emit(f"elif {self.bexpr(2)}:")
            s = self.enter()
            self.block(d - 1)
            self.leave(s)
        if r.random() < 0.5:
            self.emit("else:")
            s = self.enter()
            self.block(d - 1)
            self.leave(s)

    def loopbody(self, d, trips, frozen=(), els=True):
        r = self.r
        old_mult = self.mult
        self.mult = self.mult * max(1, trips)
        self.loops += 1
        was = [v.ro for v in frozen]
        for v in frozen:
            v.ro = True
        self.block(d - 1, r.randint(1, 4))
        for v, w in zip(frozen, was):
            v.ro = w
        self.loops -= 1
        self.mult = old_mult

    def s_for(self, d):
        r = self.r
        c = r.random()
        i = self.name(r.choice(("i", "j", "idx", "step")))
        saved = self.enter()
        self.ind -= 1
        frozen = []
        L = self.var("lint")
        S = self.var("str")
        if c < 0.45 or not (L or S):
            args, n = self.rangeargs(8 if self.mult < 30 else 2, 1 if r.random() < 0.9 else -1)
            self.emit(f"for {i} in range({args}):")
            self.scope[i] = Var(i, "int", b=8, ro=True)
        elif c < 0.6 and L:
            if L.cap * self.mult > MULT_MAX:
                args, n = self.rangeargs(8 if self.mult < 30 else 2)
                self.emit(f"for {i} in range({args}):")
                self.scope[i] = Var(i, "int", b=8, ro=True)
            else:
                n = L.cap
                frozen = [L]
                form = r.choice(("{}", "{}", "reversed({})", "sorted({})", "{}[::2]"))
                self.emit(f"for {i} in {form.format(L.name)}:")
                self.scope[i] = Var(i, "int", b=EB, ro=True)
        elif c < 0.72 and S:
            n = S.cap
            if n * self.mult > MULT_MAX:
                self.emit(f"for {i} in {S.name}[:5]:")
                n = 5
            else:
                self.emit(f"for {i} in {S.name}:")
            self.scope[i] = Var(i, "str", cap=1, ro=True)
        elif c < 0.82 and L and L.cap * self.mult <= MULT_MAX:
            n = L.cap
            x = self.name("x")
            frozen = [L]
            self.emit(f"for {i}, {x} in enumerate({L.name}{r.choice(('', ', 1', ', start=10'))}):")
            self.scope[i] = Var(i, "int", b=9, ro=True)
            self.scope[x] = Var(x, "int", b=EB, ro=True)
        else:
            D = self.var("dict")
            if D and D.cap * self.mult <= MULT_MAX:
                n = D.cap
                x = self.name("val")
                frozen = [D]
                self.emit(f"for {i}, {x} in {D.name}.items():")
                self.scope[i] = Var(i, "str", cap=D.b, ro=True)
                self.scope[x] = Var(x, "int", b=EB, ro=True)
            else:
                a, b = self.clampl(self.lexpr(1), 8), self.clampl(self.lsexpr(1), 8)
                n = min(a[1], b[1])
                x = self.name("w")
                self.emit(f"for {i}, {x} in zip({a[0]}, {b[0]}):")
                self.scope[i] = Var(i, "int", b=EB, ro=True)
                self.scope[x] = Var(x, "str", cap=b[2], ro=True)
        self.ind += 1
        self.loopbody(d, n, frozen)
        self.leave(saved)
        if r.random() < 0.2:
            self.emit("else:")
            s = self.enter()
            self.emit(f"print({lit('loop done')}, {self.ie(0, IB)[0]})")
            self.leave(s)

    def s_while(self, d):
        r = self.r
        k = self.name("k")
        n = r.randint(0, 8)
        self.emit(f"{k} = 0")
        kv = Var(k, "int", b=5, ro=True)
        self.scope[k] = kv
        c = r.random()
        if c < 0.6:
            self.emit(f"while {k} < {n}:")
            s = self.enter()
            self.emit(f"{k} += 1")
            self.loopbody(d, n, [kv])
            self.leave(s)
        elif c < 0.8:
            self.emit("while True:")
            s = self.enter()
            self.emit(f"{k} += 1")
            self.emit(f"if {k} > {n}:")
            self.ind += 1
            self.emit("break")
            self.ind -= 1
            self.loopbody(d, n, [kv])
            self.leave(s)
        else:
            L = self.var("lint", rw=True)
            if not L or L.cap * self.mult > MULT_MAX:
                self.emit(f"while {k} < {n}:")
                s = self.enter()
                self.emit(f"{k} += 1")
                self.loopbody(d, n, [kv])
                self.leave(s)
            else:
                w = self.name("work")
                x = self.name("item")
                self.emit(f"{w} = {L.name}[:]")
                self.emit(f"while {w}:")
                s = self.enter()
                self.emit(f"{x} = {w}.pop({r.choice(('', '0'))})")
                wv = Var(w, "lint", cap=L.cap, n=L.cap, ro=True)
                self.scope[w] = wv
                self.scope[x] = Var(x, "int", b=EB, ro=True)
                self.loopbody(d, L.cap, [wv])
                self.leave(s)
        if r.random() < 0.25:
            self.emit("else:")
            s = self.enter()
            self.emit(f"print({lit('while done')}, {k})")
            self.leave(s)
        kv.ro = False
        kv.b = 5

    def s_breakcont(self, d):
        self.emit(f"if {self.bexpr(1)}:")
        self.ind += 1
        self.emit(self.r.choice(("break", "continue")))
        self.ind -= 1

    def s_return(self, d):
        f = self.func_ret
        self.emit(f"if {self.bexpr(1)}:")
        self.ind += 1
        self.emit(f"return {self.retexpr(f)}")
        self.ind -= 1

    def retexpr(self, t):
        if t == "int":
            return self.ie(2, IB)[0]
        if t == "str":
            return self.clamps(self.sexpr(2), 60)[0]
        if t == "tuple":
            return f"{self.ie(1, IB)[0]}, {self.clamps(self.sexpr(1), 30)[0]}"
        return "None"

    def s_assert(self, d):
        r = self.r
        v = self.var("int")
        if v:
            self.emit(f"assert {v.name} == {v.name}, {lit('same')}")
        L = self.var("lint", "str")
        if L:
            self.emit(f"assert len({L.name}) >= 0, f\"length of {L.name} is {{len({L.name})}}\"")
        else:
            self.emit(f"assert {self.bexpr(1)} in (True, False)")

    def s_unpack(self, d):
        r = self.r
        c = r.random()
        if c < 0.25:
            vs = self.vars("int", rw=True)
            if len(vs) >= 2:
                a, b = r.sample(vs, 2)
                if a.b == b.b:
                    self.emit(f"{a.name}, {b.name} = {b.name}, {a.name}")
                    self.emit(f"print({a.name}, {b.name})")
                    return
        if c < 0.5:
            q, m = self.name("q"), self.name("rem")
            a = self.ie(1, IB)
            self.emit(f"{q}, {m} = divmod({a[0]}, {self.nonzero(1)[0]})")
            self.scope[q] = Var(q, "int", b=IB + 1)
            self.scope[m] = Var(m, "int", b=IB + 1)
            self.emit(f"print({q}, {m})")
            return
        if c < 0.7:
            L = self.clampl(self.lexpr(1), 40)
            a, mid, b = self.name("first"), self.name("mid"), self.name("last")
            self.emit(f"{a}, *{mid}, {b} = {L[0]} + [0, 1]")
            self.scope[a] = Var(a, "int", b=EB)
            self.scope[b] = Var(b, "int", b=EB)
            self.scope[mid] = Var(mid, "lint", cap=min(LCAP, max(L[1] * 2, 24)), n=L[1])
            self.emit(f"print({a}, {mid}, {b})")
            return
        if c < 0.85:
            T = self.var("tup")
            if T:
                names = [self.name("p") for _ in range(T.n)]
                self.emit(f"{', '.join(names)} = {T.name}")
                for nm in names:
                    self.scope[nm] = Var(nm, "int", b=EB)
                self.emit(f"print({' + '.join(names)})")
                return
        a, b, e = self.name("u"), self.name("u"), self.name("u")
        self.emit(f"({a}, {b}), {e} = ({self.ie(1, EB)[0]}, {self.ie(1, EB)[0]}), {self.clamps(self.sexpr(1), 30)[0]}")
        self.scope[a] = Var(a, "int", b=EB)
        self.scope[b] = Var(b, "int", b=EB)
        self.scope[e] = Var(e, "str", cap=30)
        self.emit(f"print({a}, {b}, {e})")

    def s_walrus(self, d):
        r = self.r
        n = self.name("n")
        if r.random() < 0.5:
            s = self.sexpr(1)
            self.emit(f"if ({n} := len({s[0]})) > {r.randint(0, 6)}:")
            self.ind += 1
            self.emit(f"print({lit('long')}, {n})")
            self.ind -= 1
            self.emit("else:")
            self.ind += 1
            self.emit(f"print({lit('short')}, {n})")
            self.ind -= 1
            self.scope[n] = Var(n, "int", b=bl(s[1]))
        else:
            L = self.clampl(self.lexpr(1), 30)
            y = self.name("y")
            self.emit(f"print([{y} for v in {L[0]} if ({y} := v % {r.randint(2, 9)}) > {r.randint(0, 3)}])")

    # ---------------------------------------------------------------- intended errors
    def risky(self):
        """(code of a statement that raises, exception name)."""
        r = self.r
        iv = self.var("int")
        i = iv.name if iv else str(r.randint(1, 9))
        sv = self.var("str")
        s = sv.name if sv else lit(r.choice(STRS))
        L = self.var("lint")
        ln = L.name if L else "[1, 2, 3]"
        D = self.var("dict")
        dn = D.name if D else "{'a': 1}"
        f = self.var("float")
        fn = f.name if f else r.choice(FLOATS)
        cases = [
            f"print({i} // 0)", f"print({i} % 0)", f"print({fn} / 0)", f"print({fn} % 0.0)", f"print({fn} // 0.0)",
            f"print(divmod({i}, 0))", f"print(1 / ({i} - {i}))", "print(0.0 ** -1)", f"print({i} / 0.0)",
            f"print({ln}[len({ln}) + {r.randint(0, 5)}])", f"print({s}[len({s}) + 1])", "print([][0])",
            "print([].pop())", f"print(({i}, {i})[{r.choice((2, 5, -3))}])", f"print({dn}[{lit('missing')}])",
            "print({}.popitem())", "print(set().pop())", f"{ln}.index(10 ** 20)", f"{ln}.remove(-10 ** 20)",
            f"print({i} + {lit('a')})", f"print({s} + {i})", f"print({lit('a')} - {lit('b')})",
            f"print({ln} < {s})", f"print(-{s})", f"print({s} * 1.5)", f"print(len({i}))",
            f"{s}[0] = {lit('x')}", f"print(sorted([1, {lit('b')}]))", "print({[1]: 2})",
            f"print(int({lit(r.choice(('x1', '', '1.5', '12a', 'one')))}))", f"print(float({lit('abc')}))",
            f"print({s}.index({lit('§')}))" , "print(math.sqrt(-1))", "print(math.log(0))", f"print(chr(-{r.randint(1, 9)}))",
            "a_, b_ = [1, 2, 3]", "a_, b_, c_ = (1, 2)", f"print({lit('a,b')}.split(''))", "print(max([]))",
            f"print({i} >> -1)", f"print(pow(2, -1, 4))", f"print(({i}).nosuch)", f"print({s}.push(1))",
            f"{ln}.append(1, 2)", "print(2.0 ** 5000)", "print(float(10 ** 400))", "print(math.exp(1000))",
            "print(int(float('inf')))", "print(round(float('nan')))", "print(10 ** 400 / 3)",
            f"print(undefined_{r.randint(1, 99)})", "print(next(iter([])))", f"assert {i} != {i}, {lit('not equal')}",
            f"print({lit('{} {}')}.format(1))", f"print({lit('%d')} % {lit('x')})", "print(int(None))",
            f"print(abs({lit('s')}))", f"print(range(1, 2, 0))", f"print(' '.join([1, 2]))",
            "print(list(zip([1], 5)))", f"print(isinstance(1, 2))",
        ]
        if iv:
            cases += [f"print({i}[0])", f"print({i}())", f"for q_ in {i}:\n    pass"]
        fs = [fu for fu in self.funcs if fu.ret in ("int", "str") and not fu.star]
        if fs:
            fu = r.choice(fs)
            np = len(fu.params)
            cases += [f"print({fu.name}({', '.join(['1'] * (np + 1))}))", f"print({fu.name}(nosuch=1))"]
            if not fu.dstar:
                cases.append(f"print({fu.name}(1, zzz=2))")
        cl = [c for c in self.classes if c.fields]
        if cl:
            c = r.choice(cl)
            cases += [f"print({c.name}().{c.fields[0]})", f"print({c.name}.missing_attr)"]
        return r.choice(cases)

    def s_probe(self, d):
        r = self.r
        self.emit("try:")
        self.ind += 1
        if r.random() < 0.3:
            self.s_print(1)
        for ln in self.risky().split("\n"):
            self.emit(ln)
        if r.random() < 0.3:
            self.emit(f"print({lit('not reached')})")
        self.ind -= 1
        c = r.random()
        if c < 0.7:
            self.emit("except Exception as e:")
            self.ind += 1
            self.emit(r.choice(("print(type(e).__name__, e)", "print(type(e).__name__, e)",
                                "print(type(e).__name__, repr(str(e)), len(e.args))")))
            self.ind -= 1
        else:
            self.emit("except (ZeroDivisionError, OverflowError) as e:")
            self.ind += 1
            self.emit(f"print({lit('arith')}, type(e).__name__, e)")
            self.ind -= 1
            self.emit("except (IndexError, KeyError) as e:")
            self.ind += 1
            self.emit(f"print({lit('lookup')}, type(e).__name__, e, e.args)")
            self.ind -= 1
            self.emit("except Exception as e:")
            self.ind += 1
            self.emit(f"print({lit('other')}, type(e).__name__, e)")
            self.ind -= 1
        if r.random() < 0.2:
            self.emit("else:")
            self.ind += 1
            self.emit(f"print({lit('no error')})")
            self.ind -= 1
        if r.random() < 0.25:
            self.emit("finally:")
            self.ind += 1
            self.emit(f"print({lit('finally')})")
            self.ind -= 1

    def s_try(self, d):
        r = self.r
        self.emit("try:")
        s = self.enter()
        self.block(d - 1, r.randint(1, 3))
        if r.random() < 0.5:
            for ln in self.risky().split("\n"):
                self.emit(ln)
        self.leave(s)
        exc = r.choice(("ValueError", "(KeyError, IndexError)", "ZeroDivisionError", "ArithmeticError",
                        "LookupError", "TypeError"))
        self.emit(f"except {exc} as err:")
        s = self.enter()
        self.emit(f"print({lit('caught')}, type(err).__name__, err)")
        self.leave(s)
        self.emit("except Exception as err:")
        s = self.enter()
        self.emit(f"print({lit('other')}, type(err).__name__, err)")
        self.leave(s)
        if r.random() < 0.3:
            self.emit("else:")
            s = self.enter()
            self.block(d - 1, 1)
            self.leave(s)
        if r.random() < 0.3:
            self.emit("finally:")
            s = self.enter()
            self.emit(f"print({lit('cleanup')})")
            self.leave(s)

    # ---------------------------------------------------------------- top-level snippets
    def snippet(self):
        self.pick([(5, self.t_func), (3, self.t_class), (2, self.t_exc), (2, self.t_gen), (1, self.t_with),
                   (2, self.t_closure), (2, self.t_recur), (1, self.t_unbound), (1, self.t_grid),
                   (1, self.t_lambda), (1, self.t_del)])()

    def t_func(self):
        r = self.r
        name = self.name(r.choice(("f", "calc", "helper", "compute", "fn")))
        params = []
        for _ in range(r.randint(0, 3)):
            pt = self.pick([(6, "int"), (2, "str"), (1, "float"), (1, "lint")])
            params.append((self.name(r.choice(("a", "b", "c", "p"))), pt, None))
        ndef = r.randint(0, len(params)) if r.random() < 0.4 else 0
        for i in range(len(params) - ndef, len(params)):
            pn, pt, _ = params[i]
            if pt == "lint":
                pt = "int"
            default = {"int": lambda: self.clampi(self.ilit(), EB)[0], "str": lambda: lit(r.choice(STRS)[:40]),
                       "float": lambda: r.choice(FLOATS)}[pt]()
            params[i] = (pn, pt, default)
        star = r.random() < 0.2
        kwonly = [(self.name("kw"), "int")] if r.random() < 0.2 else []
        dstar = r.random() < 0.15
        ret = self.pick([(6, "int"), (2, "str"), (1, "tuple"), (1, "none")])
        sig = []
        for pn, pt, default in params:
            sig.append(pn if default is None else f"{pn}={default}")
        if star:
            sig.append("*args")
        elif kwonly:
            sig.append("*")
        for kn, kt in kwonly:
            sig.append(f"{kn}={r.randint(0, 5)}")
        if dstar:
            sig.append("**kw")
        self.emit(f"def {name}({', '.join(sig)}):")
        outer = self.scope
        self.scope = {k: v.copy_ro() for k, v in outer.items()}
        for pn, pt, default in params:
            if pt == "lint":
                self.scope[pn] = Var(pn, "lint", cap=30, n=30, ro=True)
            elif pt == "str":
                self.scope[pn] = Var(pn, "str", cap=40)
            elif pt == "float":
                self.scope[pn] = Var(pn, "float", b=64)
            else:
                self.scope[pn] = Var(pn, "int", b=EB)
        for kn, kt in kwonly:
            self.scope[kn] = Var(kn, "int", b=EB)
        self.ind += 1
        cost0, self.cost = self.cost, 0
        self.func, self.func_ret = name, ret
        if r.random() < 0.3:
            self.emit(f'"""{r.choice(("Compute a value.", "Helper.", "Doc string → ok."))}"""')
        if star:
            a = self.name("extra")
            self.emit(f"{a} = sum(args) % 1000 + len(args)")
            self.scope[a] = Var(a, "int", b=12)
        if dstar:
            a = self.name("kwsum")
            self.emit(f"{a} = sum(kw.values()) % 1000")
            self.emit("print(sorted(kw))")
            self.scope[a] = Var(a, "int", b=12)
        self.block(2, r.randint(1, 4))
        self.emit(f"return {self.retexpr(ret)}" if ret != "none" else r.choice(("return", "return None", "pass")))
        self.func = None
        fcost = max(self.cost, 1)
        self.cost = cost0
        self.ind -= 1
        self.scope = outer
        f = Func(name, params, ret, fcost, star, kwonly, dstar)
        for _ in range(r.randint(1, 3)):
            if ret == "tuple":
                a, b = self.name("res"), self.name("tag")
                self.emit(f"{a}, {b} = {self.call(f, 1)}")
                self.scope[a] = Var(a, "int", b=IB)
                self.scope[b] = Var(b, "str", cap=30)
                self.emit(f"print({a}, {b})")
            elif ret == "none":
                self.emit(f"print({self.call(f, 1)})")
            else:
                self.emit(f"print({self.call(f, 1)})")
            self.cost += fcost
        if ret in ("int", "str"):
            self.funcs.append(f)

    def cls_fields(self):
        return [self.r.choice(("a", "x", "val", "size")), self.r.choice(("b", "y", "w", "count"))]

    def t_class(self):
        r = self.r
        cname = self.name(r.choice(("Point", "Box", "Node", "Item", "Vec", "Shape")))
        f1, f2 = self.cls_fields()
        if f1 == f2:
            f2 = f2 + "2"
        c = Cls(cname, [f1, f2])
        self.emit(f"class {cname}:")
        self.ind += 1
        if r.random() < 0.3:
            self.emit(f'"""A {cname.lower()}."""')
        self.emit("count = 0")
        self.emit(f"def __init__(self, {f1}, {f2}={r.randint(0, 9)}):")
        self.emit(f"    self.{f1} = {f1}")
        self.emit(f"    self.{f2} = {f2}")
        self.emit(f"    {cname}.count += 1")
        saved = self.scope
        self.scope = {}
        self.scope[f"self.{f1}"] = Var(f"self.{f1}", "int", b=EB + 1)
        self.scope[f"self.{f2}"] = Var(f"self.{f2}", "int", b=EB + 1)
        for _ in range(r.randint(1, 2)):
            m = self.name(r.choice(("area", "score", "norm", "total")))
            self.emit(f"def {m}(self):")
            self.emit(f"    return {self.ie(2, IB)[0]}")
            c.methods.append(m)
        wants = [dn for dn in ("repr", "str", "eq", "lt", "len", "getitem", "iter", "add", "contains", "bool")
                 if r.random() < 0.5]
        if "lt" in wants and "repr" not in wants:
            wants.append("repr")
        for dn in wants:
            c.dunders.add(dn)
            if dn == "repr":
                self.emit("def __repr__(self):")
                self.emit(r.choice((f'    return f"{cname}({{self.{f1}}}, {{self.{f2}}})"',
                                    f"    return {lit(cname)} + '(' + repr(self.{f1}) + ', ' + repr(self.{f2}) + ')'",
                                    f"    return '%s(%r, %r)' % (type(self).__name__, self.{f1}, self.{f2})")))
            elif dn == "str":
                self.emit("def __str__(self):")
                self.emit(f"    return {lit(cname.lower() + ' ')} + str(self.{f1}) + '/' + str(self.{f2})")
            elif dn == "eq":
                self.emit("def __eq__(self, other):")
                self.emit(f"    if not isinstance(other, {cname}):")
                self.emit("        return NotImplemented")
                self.emit(f"    return self.{f1} == other.{f1} and self.{f2} == other.{f2}")
            elif dn == "lt":
                self.emit("def __lt__(self, other):")
                self.emit(f"    return (self.{f1}, self.{f2}) < (other.{f1}, other.{f2})")
            elif dn == "len":
                self.emit("def __len__(self):")
                self.emit(f"    return abs(self.{f1}) % 10")
            elif dn == "getitem":
                self.emit("def __getitem__(self, i):")
                self.emit(f"    return (self.{f1}, self.{f2})[i]")
            elif dn == "iter":
                self.emit("def __iter__(self):")
                self.emit(f"    yield self.{f1}")
                self.emit(f"    yield self.{f2}")
            elif dn == "add":
                self.emit("def __add__(self, other):")
                self.emit(f"    return {cname}((self.{f1} + other.{f1}) % 100003, (self.{f2} + other.{f2}) % 100003)")
            elif dn == "contains":
                self.emit("def __contains__(self, v):")
                self.emit(f"    return v == self.{f1} or v == self.{f2}")
            elif dn == "bool":
                self.emit("def __bool__(self):")
                self.emit(f"    return self.{f1} > self.{f2}")
        if r.random() < 0.5:
            c.prop = self.name("prop")
            self.emit("@property")
            self.emit(f"def {c.prop}(self):")
            self.emit(f"    return self.{f1} * 2 + self.{f2}")
        if r.random() < 0.4:
            c.static = self.name("helper")
            self.emit("@staticmethod")
            self.emit(f"def {c.static}(v):")
            self.emit(f"    return v * {r.randint(2, 5)} - 1")
        if r.random() < 0.4:
            c.classm = self.name("make")
            self.emit("@classmethod")
            self.emit(f"def {c.classm}(cls, v):")
            self.emit(f"    return cls(v, v + 1)")
        self.scope = saved
        self.ind -= 1
        sub = None
        if r.random() < 0.5:
            sub = self.name("Sub")
            f3 = "extra"
            self.emit(f"class {sub}({cname}):")
            self.emit(f"    def __init__(self, {f1}, {f2}, {f3}=1):")
            self.emit(f"        super().__init__({f1}, {f2})")
            self.emit(f"        self.{f3} = {f3}")
            m = c.methods[0]
            self.emit(f"    def {m}(self):")
            self.emit(f"        return super().{m}() + self.{f3}")
            if "repr" in c.dunders:
                self.emit("    def __repr__(self):")
                self.emit(f"        return f\"{sub}({{self.{f1}}}, {{self.{f2}}}, {{self.{f3}}})\"")
        self.classes.append(c)
        objs = []
        for _ in range(r.randint(2, 3)):
            o = self.name("o")
            if sub and r.random() < 0.4:
                self.emit(f"{o} = {sub}({self.ie(1, EB)[0]}, {self.ie(1, EB)[0]}, {self.ie(0, EB)[0]})")
            elif c.classm and r.random() < 0.3:
                self.emit(f"{o} = {cname}.{c.classm}({self.ie(1, EB - 1)[0]})")
            else:
                self.emit(f"{o} = {cname}({self.ie(1, EB)[0]}{', ' + self.ie(1, EB)[0] if r.random() < 0.7 else ''})")
            objs.append(o)
        for o in objs:
            self.scope[o] = Var(o, "obj", info=c)
        o1, o2 = objs[0], objs[1]
        lines = [f"print({o1}.{f1}, {o1}.{f2}, {o1}.{c.methods[0]}())", f"print({cname}.count)",
                 f"print(type({o2}).__name__, isinstance({o2}, {cname}))"]
        if sub:
            lines += [f"print(issubclass({sub}, {cname}), issubclass({cname}, {sub}))",
                      f"print([type(v).__name__ for v in ({', '.join(objs)})])",
                      f"for ob in ({', '.join(objs)}):\n    print(ob.{c.methods[0]}())"]
        if "repr" in c.dunders:
            lines += [f"print({o1})", f"print(repr({o2}), [{o1}, {o2}])", f"print(f\"{{{o1}!r}}\")"]
        if "str" in c.dunders:
            lines += [f"print(str({o1}), f\"{{{o2}}}\")"]
        if "eq" in c.dunders:
            lines += [f"print({o1} == {o2}, {o1} != {o2}, {o1} == {cname}({o1}.{f1}, {o1}.{f2}))",
                      f"print({o1} == 5)"]
        if "lt" in c.dunders:
            lines += [f"print(sorted([{', '.join(objs)}]))", f"print({o1} < {o2}, {o2} > {o1})",
                      f"print(max({', '.join(objs)}))"]
        if "len" in c.dunders:
            lines += [f"print(len({o1}))"]
        if "getitem" in c.dunders:
            lines += [f"print({o1}[0], {o1}[-1])"]
        if "iter" in c.dunders:
            lines += [f"print(list({o2}), sum({o1}))", f"_p, _q = {o1}\nprint(_p, _q)"]
        if "add" in c.dunders:
            lines += [f"print(({o1} + {o2}).{f1})"]
        if "contains" in c.dunders:
            lines += [f"print({o1}.{f1} in {o1}, -12345 in {o1})"]
        if "bool" in c.dunders:
            lines += [f"print(bool({o1}), bool({o2}))", f"if {o1}:\n    print('truthy')\nelse:\n    print('falsy')"]
        if c.prop:
            lines += [f"print({o1}.{c.prop})"]
        if c.static:
            lines += [f"print({cname}.{c.static}(7), {o1}.{c.static}(2))"]
        lines += [f"{o2}.{f1} = {self.ie(1, EB)[0]}\nprint({o2}.{f1})",
                  f"try:\n    print({o1}.nosuch)\nexcept AttributeError as e:\n    print('AttributeError', e)"]
        r.shuffle(lines)
        for ln in lines[:r.randint(3, 7)]:
            for part in ln.split("\n"):
                self.emit(part)

    def t_exc(self):
        r = self.r
        base = self.name(r.choice(("AppError", "MyError", "Problem")))
        sub = self.name(r.choice(("CodeError", "DetailError", "BadValue")))
        self.emit(f"class {base}(Exception):")
        self.emit(r.choice(("    pass", '    """Base error."""')))
        self.emit(f"class {sub}({base}):")
        self.emit("    def __init__(self, code, msg):")
        self.emit(r.choice(("        super().__init__(code, msg)", "        super().__init__(msg)")))
        self.emit("        self.code = code")
        self.excs.append(base)
        fn = self.name("check")
        self.emit(f"def {fn}(v):")
        self.emit("    if v < 0:")
        self.emit(f"        raise {sub}(v, {lit('negative')})")
        self.emit(f"    if v > {r.randint(5, 50)}:")
        self.emit(f"        raise {base}({lit('too big: ')} + str(v))")
        self.emit(f"    if v == {r.randint(0, 5)}:")
        self.emit(f"        raise ValueError({lit('special')}, v)")
        self.emit("    return v * 2")
        vals = [str(r.randint(-5, 60)) for _ in range(r.randint(3, 5))]
        self.emit(f"for v in [{', '.join(vals)}]:")
        self.emit("    try:")
        self.emit(f"        res = {fn}(v)")
        self.emit(f"    except {sub} as e:")
        self.emit(r.choice(("        print('sub', e.code, e.args, str(e), repr(e))", "        print('sub', e, e.args)")))
        self.emit(f"    except {base} as e:")
        self.emit("        print('base', type(e).__name__, e, repr(e))")
        if r.random() < 0.6:
            self.emit("    except ValueError as e:")
            self.emit("        print('value', e, e.args)")
        else:
            self.emit("    except Exception as e:")
            self.emit("        print('exception', type(e).__name__, e)")
        if r.random() < 0.6:
            self.emit("    else:")
            self.emit("        print('ok', res)")
        if r.random() < 0.5:
            self.emit("    finally:")
            self.emit("        print('checked', v)")
        c = r.random()
        if c < 0.35:
            self.emit("try:")
            self.emit("    try:")
            self.emit("        " + r.choice(("x_ = {}['k']", "x_ = [1][3]", "x_ = 1 // 0", "x_ = int('z')")))
            self.emit("    except (KeyError, IndexError, ZeroDivisionError, ValueError) as e:")
            self.emit(f"        raise {base}('wrapped') from e")
            self.emit(f"except {base} as e:")
            self.emit("    print(e, type(e.__cause__).__name__, e.__cause__)")
        elif c < 0.6:
            fn2 = self.name("tricky")
            self.emit(f"def {fn2}(n):")
            self.emit("    try:")
            self.emit("        if n > 1:")
            self.emit("            return 'early'")
            self.emit("        raise KeyError(n)")
            self.emit("    except KeyError as e:")
            self.emit("        return 'caught ' + repr(e)")
            self.emit("    finally:")
            self.emit("        print('finally', n)")
            self.emit(f"print({fn2}(0), {fn2}(5))")
        elif c < 0.8:
            self.emit("try:")
            self.emit("    try:")
            self.emit("        raise ValueError('first')")
            self.emit("    finally:")
            self.emit("        " + r.choice(("raise TypeError('second')", "print('cleanup')")))
            self.emit("except Exception as e:")
            self.emit("    print(type(e).__name__, e, type(e.__context__).__name__)")
        else:
            self.emit("try:")
            self.emit("    try:")
            self.emit(f"        raise {sub}({r.randint(1, 9)}, 'inner')")
            self.emit("    except Exception as e:")
            self.emit("        print('reraise', e.code)")
            self.emit("        raise")
            self.emit(f"except {base} as e:")
            self.emit("    print('outer', e.args, isinstance(e, Exception))")

    def t_gen(self):
        r = self.r
        g = self.name(r.choice(("gen", "count_up", "evens", "walk")))
        self.emit(f"def {g}(n):")
        self.emit("    for i in range(n):")
        self.emit(f"        if i % {r.randint(1, 3)} == 0:")
        self.emit(f"            yield {r.choice(('i * i', 'i', '-i', 'i + 100', 'str(i) * 2'))}")
        if r.random() < 0.6:
            self.emit("    yield from " + r.choice(("[100, 200]", "range(3)", "(x * 10 for x in range(2))", "'ab'")))
        if r.random() < 0.3:
            self.emit("    return 'finished'")
        n = r.randint(0, 9)
        it = self.name("it")
        self.emit(f"{it} = {g}({n})")
        self.emit(f"print(next({it}, 'none'), next({it}, 'none'))")
        self.emit(f"print(list({it}))")
        self.emit(f"print(next({it}, {lit('exhausted')}))")
        self.emit("try:")
        self.emit(f"    next({it})")
        self.emit("except StopIteration as e:")
        self.emit("    print('StopIteration', repr(e.value) if hasattr(e, 'value') else '')")
        self.emit(f"print([x for x in {g}({r.randint(0, 8)})], len(list({g}({r.randint(0, 8)}))))")
        c = r.random()
        if c < 0.4:
            acc = self.name("acc")
            self.emit(f"def {acc}():")
            self.emit("    total = 0")
            self.emit("    while True:")
            self.emit("        v = yield total")
            self.emit("        if v is None:")
            self.emit("            return")
            self.emit("        total += v")
            a = self.name("a")
            self.emit(f"{a} = {acc}()")
            self.emit(f"next({a})")
            self.emit(f"print({a}.send({r.randint(1, 9)}), {a}.send({r.randint(-5, 9)}))")
        elif c < 0.7:
            d = self.name("deleg")
            self.emit(f"def {d}():")
            self.emit("    res = yield from sub_gen()" if False else f"    res = yield from {g}({r.randint(0, 4)})")
            self.emit("    yield ('result', res)")
            self.emit(f"print(list({d}()))")
        else:
            L = self.var("lint")
            src = L.name if L else "[3, 1, 2]"
            self.emit(f"print(sum(v * 2 for v in {src}), max((v for v in {src}), default=None))")
            self.emit(f"print(list(zip(range(3), (c for c in 'xyz'))))")

    def t_with(self):
        r = self.r
        c = self.name(r.choice(("Ctx", "Guard", "Managed")))
        supp = r.random() < 0.5
        self.emit(f"class {c}:")
        self.emit("    def __init__(self, name):")
        self.emit("        self.name = name")
        self.emit("    def __enter__(self):")
        self.emit("        print('enter', self.name)")
        self.emit("        return self")
        self.emit("    def __exit__(self, et, ev, tb):")
        self.emit("        print('exit', self.name, et.__name__ if et else None, ev)")
        self.emit(f"        return {supp}")
        raise_in = r.random() < 0.6
        if raise_in and not supp:
            self.emit("try:")
            self.ind += 1
        self.emit(f"with {c}({lit(r.choice(WORDS))}) as cm:")
        self.emit("    print('inside', cm.name)")
        if raise_in:
            self.emit(f"    raise {r.choice(('ValueError', 'KeyError', 'RuntimeError'))}({lit('in with')})")
        if raise_in and not supp:
            self.ind -= 1
            self.emit("except Exception as e:")
            self.emit("    print('after with', type(e).__name__, e)")
        self.emit(f"with {c}('a') as c1, {c}('b') as c2:")
        self.emit("    print(c1.name + c2.name)")

    def t_closure(self):
        r = self.r
        c = r.random()
        if c < 0.5:
            mk = self.name("make_counter")
            self.emit(f"def {mk}(start):")
            self.emit("    count = start")
            self.emit("    def inc(step=1):")
            self.emit("        nonlocal count")
            self.emit("        count += step")
            self.emit("        return count")
            self.emit("    return inc")
            cn = self.name("counter")
            self.emit(f"{cn} = {mk}({r.randint(-5, 10)})")
            self.emit(f"print({cn}(), {cn}({r.randint(1, 9)}), {cn}(step={r.randint(-3, 3)}))")
        elif c < 0.75:
            g = self.name("total")
            fn = self.name("add_total")
            self.emit(f"{g} = {r.randint(0, 10)}")
            self.emit(f"def {fn}(v):")
            self.emit(f"    global {g}")
            self.emit(f"    {g} = ({g} + v) % 1000003")
            self.emit(f"    return {g}")
            self.emit(f"for v in range({r.randint(1, 6)}):")
            self.emit(f"    {fn}(v * v)")
            self.emit(f"print({g}, {fn}(1))")
            self.scope[g] = Var(g, "int", b=21, ro=True)
        else:
            cp = self.name("compose")
            self.emit(f"def {cp}(f, g):")
            self.emit("    return lambda x: f(g(x))")
            self.emit(f"adders = [lambda v, k=k: v + k for k in range({r.randint(1, 5)})]")
            self.emit(f"print([fn({r.randint(0, 20)}) for fn in adders])")
            self.emit(f"h = {cp}(lambda v: v * {r.randint(2, 5)}, lambda v: v - {r.randint(0, 9)})")
            self.emit(f"print(h({r.randint(-9, 9)}), list(map(h, range(4))))")

    def t_recur(self):
        r = self.r
        c = r.random()
        if c < 0.2:
            f = self.name("fact")
            self.emit(f"def {f}(n):")
            self.emit(f"    return 1 if n <= 1 else n * {f}(n - 1)")
            self.emit(f"print({f}({r.randint(0, 28)}), [{f}(i) for i in range(6)])")
        elif c < 0.35:
            f = self.name("fib")
            self.emit(f"def {f}(n, memo={{}}):")
            self.emit("    if n < 2:")
            self.emit("        return n")
            self.emit("    if n not in memo:")
            self.emit(f"        memo[n] = {f}(n - 1) + {f}(n - 2)")
            self.emit("    return memo[n]")
            self.emit(f"print({f}({r.randint(10, 29)}), [{f}(i) for i in range(10)])")
        elif c < 0.5:
            f = self.name("gcd")
            self.emit(f"def {f}(a, b):")
            self.emit(f"    return a if b == 0 else {f}(b, a % b)")
            self.emit(f"print({f}({r.randint(1, 10**6)}, {r.randint(1, 10**6)}), {f}({r.randint(0, 99)}, 0))")
        elif c < 0.65:
            f = self.name("flatten")
            self.emit(f"def {f}(x):")
            self.emit("    if isinstance(x, list):")
            self.emit(f"        return [y for e in x for y in {f}(e)]")
            self.emit("    return [x]")
            self.emit(f"print({f}([1, [2, [3, [4, 'a']]], [], [[5]], (6, 7)]))")
        elif c < 0.8:
            f = self.name("hanoi")
            self.emit(f"def {f}(n, a='A', b='B', c='C'):")
            self.emit("    if n == 0:")
            self.emit("        return 0")
            self.emit(f"    return {f}(n - 1, a, c, b) + 1 + {f}(n - 1, c, b, a)")
            self.emit(f"print({f}({r.randint(0, 9)}))")
        elif c < 0.9:
            f = self.name("perms")
            self.emit(f"def {f}(xs):")
            self.emit("    if len(xs) <= 1:")
            self.emit("        return [xs]")
            self.emit(f"    return [[xs[i]] + p for i in range(len(xs)) for p in {f}(xs[:i] + xs[i + 1:])]")
            self.emit(f"print({f}({list(range(r.randint(0, 3)))}), len({f}([1, 2, 3, 4])))")
        else:
            e, o = self.name("is_even"), self.name("is_odd")
            self.emit(f"def {e}(n):")
            self.emit(f"    return True if n == 0 else {o}(n - 1)")
            self.emit(f"def {o}(n):")
            self.emit(f"    return False if n == 0 else {e}(n - 1)")
            self.emit(f"print({e}({r.randint(0, 25)}), {o}({r.randint(0, 25)}))")

    def t_unbound(self):
        r = self.r
        g = self.var("int")
        if not g or r.random() < 0.3:
            name = self.name("undefined")
            self.emit("try:")
            self.emit(f"    print({name})")
            self.emit("except NameError as e:")
            self.emit("    print('NameError', e)")
            return
        fn = self.name("shadow")
        self.emit(f"def {fn}():")
        self.emit(f"    print({g.name})")
        self.emit(f"    {g.name} = 1")
        self.emit(f"    return {g.name}")
        self.emit("try:")
        self.emit(f"    {fn}()")
        self.emit("except UnboundLocalError as e:")
        self.emit("    print(type(e).__name__, e)")

    def t_grid(self):
        r = self.r
        g = self.name("grid")
        a, b = r.randint(1, 4), r.randint(1, 4)
        self.emit(f"{g} = [[{r.choice(('i * j', 'i + j', 'i - j', '(i + 1) * (j + 2) % 7'))} for j in range({b})]"
                  f" for i in range({a})]")
        self.emit(f"print({g})")
        self.emit(f"print([list(row) for row in zip(*{g})])")
        self.emit(f"print({g}[{r.randint(0, a - 1)}][{r.randint(-b, b - 1)}], sum(map(sum, {g})), len({g}[0]))")
        self.emit(f"{g}[0][0] = {self.ie(0, EB)[0]}")
        self.emit(f"print(max(max(row) for row in {g}), [row[::-1] for row in {g}])")

    def t_lambda(self):
        r = self.r
        f = self.name("sq")
        body = r.choice(("v * v % 1009", "v * 3 - 1", "abs(v) // 2", "-v if v % 2 else v"))
        self.emit(f"{f} = lambda v: {body}")
        self.emit(f"print({f}({r.randint(-9, 99)}), sorted(range(-3, 4), key={f}))")
        self.funcs.append(Func(f, [("v", "int", None)], "int", 1))

    def t_del(self):
        r = self.r
        t = self.name("tmp")
        self.emit(f"{t} = {self.anyexpr(1)}")
        self.emit(f"print({t})")
        self.emit(f"del {t}")
        self.emit("try:")
        self.emit(f"    print({t})")
        self.emit("except NameError as e:")
        self.emit("    print('gone:', e)")

    # ---------------------------------------------------------------- uncaught ending
    def uncaught(self):
        r = self.r
        iv = self.var("int")
        i = iv.name if iv else "1"
        cases = [f"raise ValueError(f\"bad value {{{i}}}\")", f"print({i} // 0)", "print([1, 2, 3][10])",
                 "print({'a': 1}['zz'])", f"assert {i} != {i}, 'invariant broken'", "print(int('abc'))",
                 "raise RuntimeError('done') from KeyError('inner')", "print(1 + 'a')", "print(1.5 % 0)",
                 "x_, y_ = [1, 2, 3]", "print(math.sqrt(-2))", "print(2.0 ** 4000)", "raise KeyError('k')",
                 "raise TypeError('custom message', 42)", "print(len(5))", "raise StopIteration"]
        if self.excs:
            cases.append(f"raise {r.choice(self.excs)}('fatal', {i})")
        fs = [f for f in self.funcs if f.ret in ("int", "str") and not f.star]
        if fs:
            f = r.choice(fs)
            cases.append(f"print({f.name}({', '.join(['0'] * (len(f.params) + 1))}))")
        self.emit("print('before the end')")
        self.emit(r.choice(cases))
        self.emit("print('not reached')")
        self.emit("# expect: uncaught")

    def save(self):
        return (len(self.out), dict(self.scope), [(v, v.n, v.b, v.ro, v.cap) for v in self.scope.values()],
                len(self.funcs), len(self.classes), len(self.excs), self.cost)

    def restore(self, state):
        n, self.scope, vs, nf, nc, ne, self.cost = state
        del self.out[n:]
        for v, vn, vb, vro, vcap in vs:
            v.n, v.b, v.ro, v.cap = vn, vb, vro, vcap
        del self.funcs[nf:], self.classes[nc:], self.excs[ne:]

    def program(self):
        r = self.r
        target = r.randint(30, 125)
        self.emit("import math")
        if r.random() < 0.1:
            self.emit("import sys")
            self.emit("print(sys.maxsize > 2 ** 31, sys.version_info[0])")
        tries = 0
        while len(self.out) < target and tries < 30:
            state = self.save()
            if r.random() < 0.3:
                self.snippet()
            else:
                self.stmt(r.randint(1, 3))
            if len(self.out) > 145 or self.cost > COST_MAX:
                self.restore(state)  # too long or too slow: try something else
                tries += 1
                if len(self.out) >= 30:
                    break
        if r.random() < 0.05:
            self.uncaught()
        else:
            self.emit("print('end')")
        return "\n".join(self.out) + "\n"


def generate(seed, index):
    """The text of program number index of seed: the same (seed, index) always gives the same text."""
    return Gen(seed, index).program()


def main():
    parser = argparse.ArgumentParser(description="Random deterministic Python programs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        with open(os.path.join(args.out, f"p{args.seed}_{i:05d}.py"), "w", encoding="utf-8") as f:
            f.write(generate(args.seed, i))


if __name__ == "__main__":
    main()
