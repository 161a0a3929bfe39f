package org.tessera.lang.parser.ast;

/** Comparison operators, as CPython's {@code ast.cmpop}. */
public enum CmpOperator {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    public final String symbol;

    CmpOperator(String symbol) {
        this.symbol = symbol;
    }
}
