package org.tessera.lang.runtime;

/** Python's binary arithmetic operators with their special method names. */
public enum BinaryOp {
    ADD("+", "add"), SUB("-", "sub"), MUL("*", "mul"), MATMUL("@", "matmul"), TRUEDIV("/", "truediv"), FLOORDIV("//", "floordiv"), MOD("%", "mod"),
    POW("**", "pow"), LSHIFT("<<", "lshift"), RSHIFT(">>", "rshift"), AND("&", "and"), OR("|", "or"), XOR("^", "xor");

    public final String symbol;
    public final String dunder;
    public final String reflectedDunder;
    public final String inplaceDunder;

    BinaryOp(String symbol, String name) {
        this.symbol = symbol;
        this.dunder = "__" + name + "__";
        this.reflectedDunder = "__r" + name + "__";
        this.inplaceDunder = "__i" + name + "__";
    }
}
