package org.tessera.lang.parser.ast;

import java.util.List;
import java.util.function.Consumer;

import org.tessera.lang.parser.LineMap;
import org.tessera.lang.parser.Parser;
import org.tessera.lang.parser.PythonRepr;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(tree)} does (no indentation), for
 * golden tests and debugging: fields in ASDL order, optional fields omitted when absent, and
 * constants in Python's {@code repr}. With attributes, each node that has them also shows
 * {@code lineno}, {@code col_offset}, {@code end_lineno} and {@code end_col_offset}, columns
 * counted in UTF-8 bytes as CPython counts them.
 */
public final class AstDump {
    private final StringBuilder out = new StringBuilder();
    /** The source's lines when attributes are printed, else null. */
    private final LineMap lines;

    private AstDump(LineMap lines) {
        this.lines = lines;
    }

    /**
     * Dumps a tree returned by {@link Parser#parse}; with {@code includeAttributes}, its source
     * must still be known to the parser (it is as long as the tree is reachable).
     */
    public static String dump(Mod mod, boolean includeAttributes) {
        if (!includeAttributes) {
            return dump(mod, null, false);
        }
        String source = Parser.sourceOf(mod);
        if (source == null) {
            throw new IllegalArgumentException("the tree was not produced by Parser.parse; pass its source explicitly");
        }
        return dump(mod, source, true);
    }

    /** Dumps {@code mod}, which was parsed from {@code source} (only needed for attributes). */
    public static String dump(Mod mod, String source, boolean includeAttributes) {
        AstDump dumper = new AstDump(includeAttributes ? new LineMap(source) : null);
        dumper.mod(mod);
        return dumper.out.toString();
    }

    // ---------------------------------------------------------------- structure

    private void open(String type) {
        out.append(type).append('(');
    }

    /** Starts field {@code name}, after a separator unless it is the node's first field. */
    private void key(String name) {
        if (out.charAt(out.length() - 1) != '(') {
            out.append(", ");
        }
        out.append(name).append('=');
    }

    private void close(Node positioned) {
        if (lines != null && positioned != null) {
            key("lineno");
            out.append(lines.lineNumber(positioned.start()));
            key("col_offset");
            out.append(lines.utf8Column(positioned.start()));
            key("end_lineno");
            out.append(lines.lineNumber(positioned.end()));
            key("end_col_offset");
            out.append(lines.utf8Column(positioned.end()));
        }
        out.append(')');
    }

    private void close() {
        out.append(')');
    }

    private void expr(String name, Expr value) {
        key(name);
        expr(value);
    }

    /** An optional expression field: omitted when absent. */
    private void optionalExpr(String name, Expr value) {
        if (value != null) {
            expr(name, value);
        }
    }

    private void exprs(String name, List<Expr> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Expr value = values.get(i);
            if (value == null) {
                out.append("None");
            } else {
                expr(value);
            }
        }
        out.append(']');
    }

    private void stmts(String name, List<Stmt> values) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            stmt(values.get(i));
        }
        out.append(']');
    }

    private <T> void list(String name, List<T> values, Consumer<T> element) {
        key(name);
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            element.accept(values.get(i));
        }
        out.append(']');
    }

    private void string(String name, String value) {
        key(name);
        out.append(PythonRepr.string(value));
    }

    private void optionalString(String name, String value) {
        if (value != null) {
            string(name, value);
        }
    }

    private void number(String name, int value) {
        key(name);
        out.append(value);
    }

    /** A field holding an operator or context, printed as a node without fields. */
    private void singleton(String name, Enum<?> value) {
        key(name);
        out.append(value.name()).append("()");
    }

    // ---------------------------------------------------------------- nodes

    private void mod(Mod mod) {
        switch (mod) {
            case Mod.Module m -> {
                open("Module");
                stmts("body", m.body());
                key("type_ignores");
                out.append("[]");
                close();
            }
            case Mod.Interactive m -> {
                open("Interactive");
                stmts("body", m.body());
                close();
            }
            case Mod.Expression m -> {
                open("Expression");
                expr("body", m.body());
                close();
            }
        }
    }

    private void stmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef s -> {
                open("FunctionDef");
                string("name", s.name());
                arguments(s.args());
                stmts("body", s.body());
                exprs("decorator_list", s.decoratorList());
                optionalExpr("returns", s.returns());
            }
            case Stmt.ClassDef s -> {
                open("ClassDef");
                string("name", s.name());
                exprs("bases", s.bases());
                list("keywords", s.keywords(), this::keyword);
                stmts("body", s.body());
                exprs("decorator_list", s.decoratorList());
            }
            case Stmt.Return s -> {
                open("Return");
                optionalExpr("value", s.value());
            }
            case Stmt.Delete s -> {
                open("Delete");
                exprs("targets", s.targets());
            }
            case Stmt.Assign s -> {
                open("Assign");
                exprs("targets", s.targets());
                expr("value", s.value());
            }
            case Stmt.AugAssign s -> {
                open("AugAssign");
                expr("target", s.target());
                singleton("op", s.op());
                expr("value", s.value());
            }
            case Stmt.AnnAssign s -> {
                open("AnnAssign");
                expr("target", s.target());
                expr("annotation", s.annotation());
                optionalExpr("value", s.value());
                number("simple", s.simple());
            }
            case Stmt.For s -> {
                open("For");
                expr("target", s.target());
                expr("iter", s.iter());
                stmts("body", s.body());
                stmts("orelse", s.orelse());
            }
            case Stmt.While s -> {
                open("While");
                expr("test", s.test());
                stmts("body", s.body());
                stmts("orelse", s.orelse());
            }
            case Stmt.If s -> {
                open("If");
                expr("test", s.test());
                stmts("body", s.body());
                stmts("orelse", s.orelse());
            }
            case Stmt.With s -> {
                open("With");
                list("items", s.items(), this::withItem);
                stmts("body", s.body());
            }
            case Stmt.Raise s -> {
                open("Raise");
                optionalExpr("exc", s.exc());
                optionalExpr("cause", s.cause());
            }
            case Stmt.Try s -> {
                open("Try");
                stmts("body", s.body());
                list("handlers", s.handlers(), this::exceptHandler);
                stmts("orelse", s.orelse());
                stmts("finalbody", s.finalbody());
            }
            case Stmt.Assert s -> {
                open("Assert");
                expr("test", s.test());
                optionalExpr("msg", s.msg());
            }
            case Stmt.Import s -> {
                open("Import");
                list("names", s.names(), this::alias);
            }
            case Stmt.ImportFrom s -> {
                open("ImportFrom");
                optionalString("module", s.module());
                list("names", s.names(), this::alias);
                number("level", s.level());
            }
            case Stmt.Global s -> {
                open("Global");
                list("names", s.names(), name -> out.append(PythonRepr.string(name)));
            }
            case Stmt.Nonlocal s -> {
                open("Nonlocal");
                list("names", s.names(), name -> out.append(PythonRepr.string(name)));
            }
            case Stmt.ExprStmt s -> {
                open("Expr");
                expr("value", s.value());
            }
            case Stmt.Pass s -> open("Pass");
            case Stmt.Break s -> open("Break");
            case Stmt.Continue s -> open("Continue");
        }
        close(stmt);
    }

    private void expr(Expr expr) {
        switch (expr) {
            case Expr.BoolOp e -> {
                open("BoolOp");
                singleton("op", e.op());
                exprs("values", e.values());
            }
            case Expr.NamedExpr e -> {
                open("NamedExpr");
                expr("target", e.target());
                expr("value", e.value());
            }
            case Expr.BinOp e -> {
                open("BinOp");
                expr("left", e.left());
                singleton("op", e.op());
                expr("right", e.right());
            }
            case Expr.UnaryOp e -> {
                open("UnaryOp");
                singleton("op", e.op());
                expr("operand", e.operand());
            }
            case Expr.Lambda e -> {
                open("Lambda");
                arguments(e.args());
                expr("body", e.body());
            }
            case Expr.IfExp e -> {
                open("IfExp");
                expr("test", e.test());
                expr("body", e.body());
                expr("orelse", e.orelse());
            }
            case Expr.Dict e -> {
                open("Dict");
                exprs("keys", e.keys());
                exprs("values", e.values());
            }
            case Expr.Set e -> {
                open("Set");
                exprs("elts", e.elts());
            }
            case Expr.ListComp e -> {
                open("ListComp");
                expr("elt", e.elt());
                list("generators", e.generators(), this::comprehension);
            }
            case Expr.SetComp e -> {
                open("SetComp");
                expr("elt", e.elt());
                list("generators", e.generators(), this::comprehension);
            }
            case Expr.DictComp e -> {
                open("DictComp");
                expr("key", e.key());
                expr("value", e.value());
                list("generators", e.generators(), this::comprehension);
            }
            case Expr.GeneratorExp e -> {
                open("GeneratorExp");
                expr("elt", e.elt());
                list("generators", e.generators(), this::comprehension);
            }
            case Expr.Yield e -> {
                open("Yield");
                optionalExpr("value", e.value());
            }
            case Expr.YieldFrom e -> {
                open("YieldFrom");
                expr("value", e.value());
            }
            case Expr.Compare e -> {
                open("Compare");
                expr("left", e.left());
                list("ops", e.ops(), op -> out.append(op.name()).append("()"));
                exprs("comparators", e.comparators());
            }
            case Expr.Call e -> {
                open("Call");
                expr("func", e.func());
                exprs("args", e.args());
                list("keywords", e.keywords(), this::keyword);
            }
            case Expr.FormattedValue e -> {
                open("FormattedValue");
                expr("value", e.value());
                number("conversion", e.conversion());
                optionalExpr("format_spec", e.formatSpec());
            }
            case Expr.JoinedStr e -> {
                open("JoinedStr");
                exprs("values", e.values());
            }
            case Expr.Constant e -> {
                open("Constant");
                key("value");
                out.append(PythonRepr.constant(e.value()));
                optionalString("kind", e.kind());
            }
            case Expr.Attribute e -> {
                open("Attribute");
                expr("value", e.value());
                string("attr", e.attr());
                singleton("ctx", e.ctx());
            }
            case Expr.Subscript e -> {
                open("Subscript");
                expr("value", e.value());
                expr("slice", e.slice());
                singleton("ctx", e.ctx());
            }
            case Expr.Starred e -> {
                open("Starred");
                expr("value", e.value());
                singleton("ctx", e.ctx());
            }
            case Expr.Name e -> {
                open("Name");
                string("id", e.id());
                singleton("ctx", e.ctx());
            }
            case Expr.ListExpr e -> {
                open("List");
                exprs("elts", e.elts());
                singleton("ctx", e.ctx());
            }
            case Expr.Tuple e -> {
                open("Tuple");
                exprs("elts", e.elts());
                singleton("ctx", e.ctx());
            }
            case Expr.Slice e -> {
                open("Slice");
                optionalExpr("lower", e.lower());
                optionalExpr("upper", e.upper());
                optionalExpr("step", e.step());
            }
        }
        close(expr);
    }

    private void arguments(Arguments a) {
        key("args");
        open("arguments");
        list("posonlyargs", a.posonlyargs(), this::arg);
        list("args", a.args(), this::arg);
        if (a.vararg() != null) {
            key("vararg");
            arg(a.vararg());
        }
        list("kwonlyargs", a.kwonlyargs(), this::arg);
        exprs("kw_defaults", a.kwDefaults());
        if (a.kwarg() != null) {
            key("kwarg");
            arg(a.kwarg());
        }
        exprs("defaults", a.defaults());
        close();
    }

    private void arg(Arg a) {
        open("arg");
        string("arg", a.arg());
        optionalExpr("annotation", a.annotation());
        close(a);
    }

    private void keyword(Keyword k) {
        open("keyword");
        optionalString("arg", k.arg());
        expr("value", k.value());
        close(k);
    }

    private void alias(Alias a) {
        open("alias");
        string("name", a.name());
        optionalString("asname", a.asname());
        close(a);
    }

    private void withItem(WithItem item) {
        open("withitem");
        expr("context_expr", item.contextExpr());
        optionalExpr("optional_vars", item.optionalVars());
        close();
    }

    private void exceptHandler(ExceptHandler handler) {
        open("ExceptHandler");
        optionalExpr("type", handler.type());
        optionalString("name", handler.name());
        stmts("body", handler.body());
        close(handler);
    }

    private void comprehension(Comprehension c) {
        open("comprehension");
        expr("target", c.target());
        expr("iter", c.iter());
        exprs("ifs", c.ifs());
        number("is_async", c.isAsync());
        close();
    }
}
