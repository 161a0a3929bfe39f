package org.tessera.lang.parser.ast;

import java.util.List;

/** A whole parse result, as CPython's {@code ast.mod}. */
public sealed interface Mod {

    /** A file or {@code exec} input. */
    record Module(List<Stmt> body) implements Mod {
    }

    /** One REPL entry ({@code single} mode): expression statements print their value. */
    record Interactive(List<Stmt> body) implements Mod {
    }

    /** {@code eval} input: a single expression. */
    record Expression(Expr body) implements Mod {
    }
}
