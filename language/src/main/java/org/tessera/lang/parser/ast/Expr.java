package org.tessera.lang.parser.ast;

import java.util.List;

/** Expressions, as CPython's {@code ast.expr}; optional children are {@code null}. */
public sealed interface Expr extends Node {

    record BoolOp(BoolOperator op, List<Expr> values, int start, int end) implements Expr {
    }

    record NamedExpr(Expr target, Expr value, int start, int end) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, int start, int end) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand, int start, int end) implements Expr {
    }

    record Lambda(Arguments args, Expr body, int start, int end) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, int start, int end) implements Expr {
    }

    /** A dict display; a {@code null} key stands for {@code **value}. */
    record Dict(List<Expr> keys, List<Expr> values, int start, int end) implements Expr {
    }

    record Set(List<Expr> elts, int start, int end) implements Expr {
    }

    record ListComp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {
    }

    record SetComp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, int start, int end) implements Expr {
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, int start, int end) implements Expr {
    }

    record Yield(Expr value, int start, int end) implements Expr {
    }

    record YieldFrom(Expr value, int start, int end) implements Expr {
    }

    record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, int start, int end) implements Expr {
    }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, int start, int end) implements Expr {
    }

    /**
     * One {@code {...}} field of an f-string. {@code conversion} is -1 (none), or the code point
     * of {@code 's'}, {@code 'r'} or {@code 'a'}; {@code formatSpec} is a {@link JoinedStr} or null.
     */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, int start, int end) implements Expr {
    }

    record JoinedStr(List<Expr> values, int start, int end) implements Expr {
    }

    /**
     * A literal. {@code value} is a {@link Long} or {@link java.math.BigInteger} (int), {@link Double}
     * (float), {@link String} (str), {@code byte[]} (bytes), {@link Boolean}, or a {@link Singleton}.
     * {@code kind} is {@code "u"} for a {@code u"..."} string, else null.
     */
    record Constant(Object value, String kind, int start, int end) implements Expr {
    }

    record Attribute(Expr value, String attr, Ctx ctx, int start, int end) implements Expr {
    }

    record Subscript(Expr value, Expr slice, Ctx ctx, int start, int end) implements Expr {
    }

    record Starred(Expr value, Ctx ctx, int start, int end) implements Expr {
    }

    record Name(String id, Ctx ctx, int start, int end) implements Expr {
    }

    record ListExpr(List<Expr> elts, Ctx ctx, int start, int end) implements Expr {
    }

    record Tuple(List<Expr> elts, Ctx ctx, int start, int end) implements Expr {
    }

    record Slice(Expr lower, Expr upper, Expr step, int start, int end) implements Expr {
    }
}
