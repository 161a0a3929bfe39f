package org.tessera.lang.parser.ast;

/** The constant values of {@link Expr.Constant} that have no Java counterpart. */
public enum Singleton {
    None, Ellipsis
}
