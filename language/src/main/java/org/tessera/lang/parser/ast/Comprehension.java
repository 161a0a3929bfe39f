package org.tessera.lang.parser.ast;

import java.util.List;

/** One {@code for target in iter if ...} clause of a comprehension. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, int isAsync) {
}
