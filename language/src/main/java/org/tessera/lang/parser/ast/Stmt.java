package org.tessera.lang.parser.ast;

import java.util.List;

/** Statements, as CPython's {@code ast.stmt}; optional children are {@code null}, lists never are. */
public sealed interface Stmt extends Node {

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns, int start, int end)
                    implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList, int start,
                    int end) implements Stmt {
    }

    record Return(Expr value, int start, int end) implements Stmt {
    }

    record Delete(List<Expr> targets, int start, int end) implements Stmt {
    }

    record Assign(List<Expr> targets, Expr value, int start, int end) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value, int start, int end) implements Stmt {
    }

    /** {@code simple} is 1 for a plain name target not in parentheses, as in CPython. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple, int start, int end) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, int start, int end) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, int start, int end) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, int start, int end) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int start, int end)
                    implements Stmt {
    }

    record Assert(Expr test, Expr msg, int start, int end) implements Stmt {
    }

    record Import(List<Alias> names, int start, int end) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}; {@code level} counts the leading dots. */
    record ImportFrom(String module, List<Alias> names, int level, int start, int end) implements Stmt {
    }

    record Global(List<String> names, int start, int end) implements Stmt {
    }

    record Nonlocal(List<String> names, int start, int end) implements Stmt {
    }

    /** An expression statement ({@code ast.Expr}). */
    record ExprStmt(Expr value, int start, int end) implements Stmt {
    }

    record Pass(int start, int end) implements Stmt {
    }

    record Break(int start, int end) implements Stmt {
    }

    record Continue(int start, int end) implements Stmt {
    }
}
