package org.tessera.lang.runtime;

/** The rich comparison operators, with their special methods and reflections. */
public enum CompareOp {
    EQ("==", "__eq__"), NE("!=", "__ne__"), LT("<", "__lt__"), LE("<=", "__le__"), GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator that {@code b OP' a} must use to answer {@code a OP b}. */
    public CompareOp reflected() {
        switch (this) {
            case LT:
                return GT;
            case LE:
                return GE;
            case GT:
                return LT;
            case GE:
                return LE;
            default:
                return this;
        }
    }

    /** The verdict for a three-way comparison result {@code c} (negative, zero, positive). */
    public boolean test(int c) {
        switch (this) {
            case EQ:
                return c == 0;
            case NE:
                return c != 0;
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }
}
