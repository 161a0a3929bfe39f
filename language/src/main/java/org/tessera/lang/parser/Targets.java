package org.tessera.lang.parser;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.parser.ast.CmpOperator;
import org.tessera.lang.parser.ast.Ctx;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Singleton;

/**
 * Assignment and deletion targets. The parsers read a target as an expression and convert it
 * here, setting {@code Store} or {@code Del} on it and on every element of a tuple or list
 * target, as CPython's {@code _PyPegen_set_expr_context} does. The other helpers reproduce how
 * CPython names the offending expression in its error messages.
 */
final class Targets {
    private Targets() {
    }

    /** Which statement a target belongs to; it decides what is valid and how errors are worded. */
    enum Use {
        ASSIGN, FOR, DELETE
    }

    /**
     * {@code e} as a target with context {@code ctx}, or null if it is not one. Starred targets are
     * allowed for {@code Store} only; attributes and subscripts keep {@code Load} inside.
     */
    static Expr withContext(Expr e, Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.start(), n.end());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.start(), a.end());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.start(), s.end());
            case Expr.Starred s when ctx == Ctx.Store -> {
                Expr value = withContext(s.value(), ctx);
                yield value == null ? null : new Expr.Starred(value, ctx, s.start(), s.end());
            }
            case Expr.Tuple t -> {
                List<Expr> elts = elementsWithContext(t.elts(), ctx);
                yield elts == null ? null : new Expr.Tuple(elts, ctx, t.start(), t.end());
            }
            case Expr.ListExpr l -> {
                List<Expr> elts = elementsWithContext(l.elts(), ctx);
                yield elts == null ? null : new Expr.ListExpr(elts, ctx, l.start(), l.end());
            }
            default -> null;
        };
    }

    private static List<Expr> elementsWithContext(List<Expr> elts, Ctx ctx) {
        List<Expr> result = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            Expr converted = withContext(elt, ctx);
            if (converted == null) {
                return null;
            }
            result.add(converted);
        }
        return result;
    }

    /** Whether {@code e} can be the target of an augmented or annotated assignment. */
    static boolean isSingleTarget(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    /** CPython's {@code _PyPegen_get_invalid_target}: the part of {@code e} that cannot be a target, or null. */
    static Expr invalidTarget(Expr e, Use use) {
        return switch (e) {
            case Expr.ListExpr l -> firstInvalid(l.elts(), use);
            case Expr.Tuple t -> firstInvalid(t.elts(), use);
            case Expr.Starred s -> use == Use.DELETE ? s : invalidTarget(s.value(), use);
            case Expr.Compare c -> {
                // In `for x in y` the target was read as the comparison `x in y`.
                if (use == Use.FOR) {
                    yield c.ops().get(0) == CmpOperator.In ? invalidTarget(c.left(), use) : null;
                }
                yield c;
            }
            case Expr.Name n -> null;
            case Expr.Subscript s -> null;
            case Expr.Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, Use use) {
        for (Expr elt : elts) {
            Expr invalid = invalidTarget(elt, use);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }

    /** CPython's {@code _PyPegen_get_expr_name}: how error messages refer to {@code e}. */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Constant c -> describeConstant(c.value());
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    private static String describeConstant(Object value) {
        if (value == Singleton.None) {
            return "None";
        }
        if (value == Singleton.Ellipsis) {
            return "ellipsis";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return "literal";
    }
}
