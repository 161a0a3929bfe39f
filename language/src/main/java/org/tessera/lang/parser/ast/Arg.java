package org.tessera.lang.parser.ast;

/** One parameter; {@code annotation} may be null. */
public record Arg(String arg, Expr annotation, int start, int end) implements Node {
}
