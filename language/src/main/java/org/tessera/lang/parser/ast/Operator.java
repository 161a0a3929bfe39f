package org.tessera.lang.parser.ast;

/** Binary arithmetic operators, as CPython's {@code ast.operator}. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"), LShift("<<"), RShift(">>"),
    BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    /** The operator as written in Python source, used in error messages. */
    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
