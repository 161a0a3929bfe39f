package org.tessera.lang.parser.ast;

/** Unary operators, as CPython's {@code ast.unaryop}. */
public enum UnaryOperator {
    Invert("~"), Not("not"), UAdd("+"), USub("-");

    public final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }
}
