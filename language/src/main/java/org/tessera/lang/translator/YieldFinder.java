package org.tessera.lang.translator;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.tessera.lang.parser.ast.Comprehension;
import org.tessera.lang.parser.ast.ExceptHandler;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Keyword;
import org.tessera.lang.parser.ast.Node;
import org.tessera.lang.parser.ast.Stmt;
import org.tessera.lang.parser.ast.WithItem;

/**
 * Whether a statement or expression contains a {@code yield} of the scope it is in (not of a
 * nested function, lambda, class or comprehension). Generator translation uses resumable nodes
 * exactly where this is true. Answers are memoized per node.
 */
final class YieldFinder {
    private final Map<Node, Boolean> memo = new IdentityHashMap<>();

    boolean contains(Stmt s) {
        if (s == null) {
            return false;
        }
        Boolean known = memo.get(s);
        if (known != null) {
            return known;
        }
        boolean result = switch (s) {
            case Stmt.FunctionDef f -> any(f.decoratorList()) || any(f.args().defaults()) || anyNullable(f.args().kwDefaults());
            case Stmt.ClassDef c -> any(c.decoratorList()) || any(c.bases()) || keywords(c.keywords());
            case Stmt.Return r -> contains(r.value());
            case Stmt.Delete d -> any(d.targets());
            case Stmt.Assign a -> contains(a.value()) || any(a.targets());
            case Stmt.AugAssign a -> contains(a.target()) || contains(a.value());
            case Stmt.AnnAssign a -> contains(a.target()) || contains(a.value());
            case Stmt.For f -> contains(f.target()) || contains(f.iter()) || block(f.body()) || block(f.orelse());
            case Stmt.While w -> contains(w.test()) || block(w.body()) || block(w.orelse());
            case Stmt.If i -> contains(i.test()) || block(i.body()) || block(i.orelse());
            case Stmt.With w -> withItems(w.items()) || block(w.body());
            case Stmt.Raise r -> contains(r.exc()) || contains(r.cause());
            case Stmt.Try t -> block(t.body()) || handlers(t.handlers()) || block(t.orelse()) || block(t.finalbody());
            case Stmt.Assert a -> contains(a.test()) || contains(a.msg());
            case Stmt.ExprStmt e -> contains(e.value());
            default -> false;
        };
        memo.put(s, result);
        return result;
    }

    boolean block(List<Stmt> body) {
        for (Stmt s : body) {
            if (contains(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean handlers(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (contains(h.type()) || block(h.body())) {
                return true;
            }
        }
        return false;
    }

    private boolean withItems(List<WithItem> items) {
        for (WithItem item : items) {
            if (contains(item.contextExpr()) || contains(item.optionalVars())) {
                return true;
            }
        }
        return false;
    }

    boolean contains(Expr e) {
        if (e == null) {
            return false;
        }
        Boolean known = memo.get(e);
        if (known != null) {
            return known;
        }
        boolean result = switch (e) {
            case Expr.Yield y -> true;
            case Expr.YieldFrom y -> true;
            case Expr.BoolOp b -> any(b.values());
            case Expr.NamedExpr n -> contains(n.value());
            case Expr.BinOp b -> contains(b.left()) || contains(b.right());
            case Expr.UnaryOp u -> contains(u.operand());
            case Expr.Lambda l -> any(l.args().defaults()) || anyNullable(l.args().kwDefaults());
            case Expr.IfExp i -> contains(i.test()) || contains(i.body()) || contains(i.orelse());
            case Expr.Dict d -> anyNullable(d.keys()) || any(d.values());
            case Expr.Set s -> any(s.elts());
            case Expr.ListComp c -> firstIterable(c.generators());
            case Expr.SetComp c -> firstIterable(c.generators());
            case Expr.DictComp c -> firstIterable(c.generators());
            case Expr.GeneratorExp c -> firstIterable(c.generators());
            case Expr.Compare c -> contains(c.left()) || any(c.comparators());
            case Expr.Call c -> contains(c.func()) || any(c.args()) || keywords(c.keywords());
            case Expr.FormattedValue f -> contains(f.value()) || contains(f.formatSpec());
            case Expr.JoinedStr j -> any(j.values());
            case Expr.Attribute a -> contains(a.value());
            case Expr.Subscript s -> contains(s.value()) || contains(s.slice());
            case Expr.Starred s -> contains(s.value());
            case Expr.ListExpr l -> any(l.elts());
            case Expr.Tuple t -> any(t.elts());
            case Expr.Slice s -> contains(s.lower()) || contains(s.upper()) || contains(s.step());
            default -> false;
        };
        memo.put(e, result);
        return result;
    }

    private boolean firstIterable(List<Comprehension> generators) {
        return contains(generators.get(0).iter());
    }

    private boolean any(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (contains(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean anyNullable(List<Expr> exprs) {
        for (Expr e : exprs) {
            if (e != null && contains(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (contains(k.value())) {
                return true;
            }
        }
        return false;
    }
}
