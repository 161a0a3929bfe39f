package org.tessera.lang.translator;

import java.util.List;

import org.tessera.lang.parser.ast.ExceptHandler;
import org.tessera.lang.parser.ast.Stmt;

/** Whether a loop body contains a {@code break} or {@code continue} that leaves that very loop. */
final class Loops {
    private Loops() {
    }

    static boolean hasJump(List<Stmt> body, boolean isBreak) {
        for (Stmt s : body) {
            if (hasJump(s, isBreak)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJump(Stmt s, boolean isBreak) {
        return switch (s) {
            case Stmt.Break b -> isBreak;
            case Stmt.Continue c -> !isBreak;
            case Stmt.If i -> hasJump(i.body(), isBreak) || hasJump(i.orelse(), isBreak);
            case Stmt.With w -> hasJump(w.body(), isBreak);
            case Stmt.Try t -> hasJump(t.body(), isBreak) || handlersJump(t.handlers(), isBreak) || hasJump(t.orelse(), isBreak) ||
                            hasJump(t.finalbody(), isBreak);
            case Stmt.For f -> hasJump(f.orelse(), isBreak);
            case Stmt.While w -> hasJump(w.orelse(), isBreak);
            default -> false;
        };
    }

    private static boolean handlersJump(List<ExceptHandler> handlers, boolean isBreak) {
        for (ExceptHandler h : handlers) {
            if (hasJump(h.body(), isBreak)) {
                return true;
            }
        }
        return false;
    }
}
