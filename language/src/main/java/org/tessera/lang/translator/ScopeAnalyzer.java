package org.tessera.lang.translator;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tessera.lang.parser.ast.Alias;
import org.tessera.lang.parser.ast.Arg;
import org.tessera.lang.parser.ast.Arguments;
import org.tessera.lang.parser.ast.Comprehension;
import org.tessera.lang.parser.ast.Ctx;
import org.tessera.lang.parser.ast.ExceptHandler;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Keyword;
import org.tessera.lang.parser.ast.Node;
import org.tessera.lang.parser.ast.Stmt;
import org.tessera.lang.parser.ast.WithItem;

/**
 * Builds the scopes of a module and decides how each name is bound, following CPython's
 * symtable: assignment makes a name local unless declared {@code global} or {@code nonlocal};
 * a name read but not bound resolves to the nearest enclosing function that binds it (making it
 * a cell there and free here), else to globals. Class bodies do not enclose their methods.
 */
final class ScopeAnalyzer {
    /** The parameter through which a comprehension receives its outermost iterator. */
    static final String COMPREHENSION_ITERATOR = ".0";
    /** The local holding the list, set or dict a comprehension builds. */
    static final String COMPREHENSION_RESULT = ".result";

    /** The implicit cell through which zero-argument super() finds the class being defined. */
    static final String CLASS_CELL = "__class__";

    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    private final Map<Comprehension, Scope> comprehensionScopes = new IdentityHashMap<>();
    private final CompileErrors errors;
    private Scope current;
    private int loopDepth;

    private ScopeAnalyzer(CompileErrors errors) {
        this.errors = errors;
    }

    /** The scope of each function, lambda, class and comprehension node; the module scope under key null. */
    static Result analyze(List<Stmt> body, CompileErrors errors) {
        ScopeAnalyzer analyzer = new ScopeAnalyzer(errors);
        Scope module = new Scope(Scope.Kind.MODULE, null, "<module>", "<module>");
        analyzer.current = module;
        analyzer.statements(body);
        analyzer.resolve(module, Set.of());
        return new Result(module, analyzer.scopes);
    }

    record Result(Scope module, Map<Node, Scope> scopes) {
        Scope of(Node node) {
            return scopes.get(node);
        }
    }

    // ---- collection

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt stmt) {
        switch (stmt) {
            case Stmt.FunctionDef f -> {
                expressions(f.decoratorList());
                argumentDefaults(f.args());
                annotations(f.args());
                expression(f.returns());
                bind(f.name(), f.start());
                Scope scope = newScope(Scope.Kind.FUNCTION, f.name(), f);
                functionBody(scope, f.args(), () -> statements(f.body()));
            }
            case Stmt.ClassDef c -> {
                expressions(c.decoratorList());
                expressions(c.bases());
                keywords(c.keywords());
                bind(c.name(), c.start());
                Scope scope = newScope(Scope.Kind.CLASS, c.name(), c);
                Scope saved = current;
                int savedLoops = loopDepth;
                current = scope;
                loopDepth = 0;
                statements(c.body());
                current = saved;
                loopDepth = savedLoops;
            }
            case Stmt.Return r -> {
                if (!current.isFunctionLike()) {
                    throw errors.at(r.start(), r.end(), "'return' outside function");
                }
                expression(r.value());
            }
            case Stmt.Delete d -> expressions(d.targets());
            case Stmt.Assign a -> {
                expression(a.value());
                expressions(a.targets());
            }
            case Stmt.AugAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    use(n.id(), n.start());
                }
                expression(a.target());
                expression(a.value());
            }
            case Stmt.AnnAssign a -> {
                expression(a.value());
                if (a.target() instanceof Expr.Name n && a.simple() == 1) {
                    bind(n.id(), n.start());
                } else {
                    expression(a.target());
                }
                if (current.kind == Scope.Kind.MODULE || current.kind == Scope.Kind.CLASS) {
                    expression(a.annotation());
                }
            }
            case Stmt.For f -> {
                expression(f.iter());
                expression(f.target());
                loop(f.body());
                statements(f.orelse());
            }
            case Stmt.While w -> {
                expression(w.test());
                loop(w.body());
                statements(w.orelse());
            }
            case Stmt.If i -> {
                expression(i.test());
                statements(i.body());
                statements(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expression(item.contextExpr());
                    expression(item.optionalVars());
                }
                statements(w.body());
            }
            case Stmt.Raise r -> {
                expression(r.exc());
                expression(r.cause());
            }
            case Stmt.Try t -> {
                statements(t.body());
                for (ExceptHandler h : t.handlers()) {
                    expression(h.type());
                    if (h.name() != null) {
                        bind(h.name(), h.start());
                    }
                    statements(h.body());
                }
                statements(t.orelse());
                statements(t.finalbody());
            }
            case Stmt.Assert a -> {
                expression(a.test());
                expression(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias alias : i.names()) {
                    String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0];
                    bind(bound, alias.start());
                }
            }
            case Stmt.ImportFrom i -> {
                for (Alias alias : i.names()) {
                    if (alias.name().equals("*")) {
                        if (current.kind != Scope.Kind.MODULE) {
                            throw errors.at(i.start(), i.end(), "import * only allowed at module level");
                        }
                    } else {
                        bind(alias.asname() != null ? alias.asname() : alias.name(), alias.start());
                    }
                }
            }
            case Stmt.Global g -> declare(g.names(), g.start(), g.end(), true);
            case Stmt.Nonlocal n -> declare(n.names(), n.start(), n.end(), false);
            case Stmt.ExprStmt e -> expression(e.value());
            case Stmt.Break b -> {
                if (loopDepth == 0) {
                    throw errors.at(b.start(), b.end(), "'break' outside loop");
                }
            }
            case Stmt.Continue c -> {
                if (loopDepth == 0) {
                    throw errors.at(c.start(), c.end(), "'continue' not properly in loop");
                }
            }
            case Stmt.Pass p -> {
            }
        }
    }

    private void loop(List<Stmt> body) {
        loopDepth++;
        statements(body);
        loopDepth--;
    }

    private void declare(List<String> names, int start, int end, boolean global) {
        if (!global && current.kind == Scope.Kind.MODULE) {
            throw errors.at(start, end, "nonlocal declaration not allowed at module level");
        }
        for (String name : names) {
            String what = global ? "global" : "nonlocal";
            if (current.parameters.contains(name)) {
                throw errors.at(start, end, "name '" + name + "' is parameter and " + what);
            }
            if ((global && current.nonlocals.containsKey(name)) || (!global && current.globals.containsKey(name))) {
                throw errors.at(start, end, "name '" + name + "' is nonlocal and global");
            }
            if (current.assigned.contains(name)) {
                throw errors.at(start, end, "name '" + name + "' is assigned to before " + what + " declaration");
            }
            if (current.referenced.contains(name)) {
                throw errors.at(start, end, "name '" + name + "' is used prior to " + what + " declaration");
            }
            (global ? current.globals : current.nonlocals).put(name, start);
        }
    }

    private Scope newScope(Scope.Kind kind, String name, Node node) {
        Scope scope = new Scope(kind, current, name, current.childQualnamePrefix() + name);
        scopes.put(node, scope);
        return scope;
    }

    private void functionBody(Scope scope, Arguments args, Runnable body) {
        Scope saved = current;
        int savedLoops = loopDepth;
        current = scope;
        loopDepth = 0;
        for (Arg a : allArgs(args)) {
            if (!scope.parameters.add(a.arg())) {
                throw errors.at(a.start(), a.end(), "duplicate argument '" + a.arg() + "' in function definition");
            }
        }
        body.run();
        current = saved;
        loopDepth = savedLoops;
    }

    static List<Arg> allArgs(Arguments args) {
        List<Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    private void argumentDefaults(Arguments args) {
        expressions(args.defaults());
        for (Expr e : args.kwDefaults()) {
            expression(e);
        }
    }

    private void annotations(Arguments args) {
        for (Arg a : allArgs(args)) {
            expression(a.annotation());
        }
    }

    private void keywords(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            expression(k.value());
        }
    }

    private void expressions(List<Expr> exprs) {
        for (Expr e : exprs) {
            expression(e);
        }
    }

    private void bind(String name, int offset) {
        current.assigned.add(name);
        current.firstUse.putIfAbsent(name, offset);
    }

    private void use(String name, int offset) {
        current.referenced.add(name);
        current.firstUse.putIfAbsent(name, offset);
    }

    private void expression(Expr expr) {
        if (expr == null) {
            return;
        }
        switch (expr) {
            case Expr.Name n -> {
                if (n.ctx() == Ctx.Load) {
                    use(n.id(), n.start());
                    if (n.id().equals("super") && current.kind == Scope.Kind.FUNCTION) {
                        use(CLASS_CELL, n.start());
                    }
                } else {
                    bind(n.id(), n.start());
                }
            }
            case Expr.BoolOp b -> expressions(b.values());
            case Expr.NamedExpr n -> {
                expression(n.value());
                if (n.target() instanceof Expr.Name name) {
                    Scope target = current;
                    while (target.kind == Scope.Kind.COMPREHENSION) {
                        target = target.parent;
                    }
                    if (target != current && target.kind == Scope.Kind.CLASS) {
                        throw errors.at(n.start(), n.end(), "assignment expression within a comprehension cannot be used in a class body");
                    }
                    Scope saved = current;
                    current = target;
                    bind(name.id(), name.start());
                    current = saved;
                    if (saved != target) {
                        use(name.id(), name.start());
                        if (target.kind == Scope.Kind.MODULE || target.globals.containsKey(name.id())) {
                            saved.globals.putIfAbsent(name.id(), name.start());
                        } else {
                            saved.nonlocals.putIfAbsent(name.id(), name.start());
                        }
                    }
                }
            }
            case Expr.BinOp b -> {
                expression(b.left());
                expression(b.right());
            }
            case Expr.UnaryOp u -> expression(u.operand());
            case Expr.Lambda l -> {
                argumentDefaults(l.args());
                Scope scope = newScope(Scope.Kind.FUNCTION, "<lambda>", l);
                functionBody(scope, l.args(), () -> expression(l.body()));
            }
            case Expr.IfExp i -> {
                expression(i.test());
                expression(i.body());
                expression(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    expression(k);
                }
                expressions(d.values());
            }
            case Expr.Set s -> expressions(s.elts());
            case Expr.ListComp c -> comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()));
            case Expr.SetComp c -> comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()));
            case Expr.DictComp c -> comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()));
            case Expr.GeneratorExp c -> comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()));
            case Expr.Yield y -> {
                yieldIn(y);
                expression(y.value());
            }
            case Expr.YieldFrom y -> {
                yieldIn(y);
                expression(y.value());
            }
            case Expr.Compare c -> {
                expression(c.left());
                expressions(c.comparators());
            }
            case Expr.Call c -> {
                expression(c.func());
                expressions(c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                expression(f.value());
                expression(f.formatSpec());
            }
            case Expr.JoinedStr j -> expressions(j.values());
            case Expr.Constant c -> {
            }
            case Expr.Attribute a -> expression(a.value());
            case Expr.Subscript s -> {
                expression(s.value());
                expression(s.slice());
            }
            case Expr.Starred s -> expression(s.value());
            case Expr.ListExpr l -> expressions(l.elts());
            case Expr.Tuple t -> expressions(t.elts());
            case Expr.Slice s -> {
                expression(s.lower());
                expression(s.upper());
                expression(s.step());
            }
        }
    }

    private void yieldIn(Expr y) {
        if (!current.isFunctionLike()) {
            throw errors.at(y.start(), y.end(), "'yield' outside function");
        }
        current.isGenerator = true;
    }

    private void comprehension(Expr node, String name, List<Comprehension> generators, List<Expr> elements) {
        expression(generators.get(0).iter());
        Scope scope = newScope(Scope.Kind.COMPREHENSION, name, node);
        scope.parameters.add(COMPREHENSION_ITERATOR);
        scope.assigned.add(COMPREHENSION_RESULT);
        Scope saved = current;
        int savedLoops = loopDepth;
        current = scope;
        loopDepth = 0;
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            comprehensionScopes.put(g, scope);
            if (i > 0) {
                expression(g.iter());
            }
            expression(g.target());
            expressions(g.ifs());
        }
        expressions(elements);
        if (node instanceof Expr.GeneratorExp) {
            scope.isGenerator = true;
        }
        current = saved;
        loopDepth = savedLoops;
    }

    // ---- resolution

    /** Decides the binding of every name in {@code scope}; {@code enclosing} are names of enclosing functions. */
    private void resolve(Scope scope, Set<String> enclosing) {
        if (scope.kind == Scope.Kind.MODULE) {
            for (Scope child : scope.children) {
                resolve(child, Set.of());
            }
            return;
        }
        for (Map.Entry<String, Integer> e : scope.nonlocals.entrySet()) {
            if (!enclosing.contains(e.getKey())) {
                throw errors.at(e.getValue(), e.getValue(), "no binding for nonlocal '" + e.getKey() + "' found");
            }
            scope.bindings.put(e.getKey(), Scope.Binding.FREE);
        }
        for (String name : scope.globals.keySet()) {
            scope.bindings.put(name, Scope.Binding.GLOBAL_EXPLICIT);
        }
        Scope.Binding localKind = scope.kind == Scope.Kind.CLASS ? Scope.Binding.CLASS_LOCAL : Scope.Binding.LOCAL;
        for (String name : scope.parameters) {
            scope.bindings.putIfAbsent(name, localKind);
        }
        for (String name : scope.assigned) {
            scope.bindings.putIfAbsent(name, localKind);
        }
        for (String name : scope.referenced) {
            if (!scope.bindings.containsKey(name)) {
                scope.bindings.put(name, enclosing.contains(name) ? Scope.Binding.FREE : Scope.Binding.GLOBAL_IMPLICIT);
            }
        }
        Set<String> inner = new LinkedHashSet<>(enclosing);
        if (scope.kind == Scope.Kind.CLASS) {
            inner.add(CLASS_CELL);
        } else {
            for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
                if (e.getValue() == Scope.Binding.LOCAL || e.getValue() == Scope.Binding.FREE) {
                    inner.add(e.getKey());
                }
            }
        }
        for (Scope child : scope.children) {
            resolve(child, inner);
            for (String free : child.freeVars) {
                Scope.Binding b = scope.bindings.get(free);
                if (scope.kind == Scope.Kind.CLASS && free.equals(CLASS_CELL)) {
                    scope.bindings.put(free, Scope.Binding.CELL);
                } else if (b == Scope.Binding.LOCAL) {
                    scope.bindings.put(free, Scope.Binding.CELL);
                } else if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT || (b == Scope.Binding.CLASS_LOCAL && enclosing.contains(free))) {
                    if (b == null || b == Scope.Binding.GLOBAL_IMPLICIT) {
                        scope.bindings.put(free, Scope.Binding.FREE);
                    }
                    addOnce(scope.freeVars, free);
                }
            }
        }
        for (Map.Entry<String, Scope.Binding> e : scope.bindings.entrySet()) {
            if (e.getValue() == Scope.Binding.CELL) {
                addOnce(scope.cellVars, e.getKey());
            } else if (e.getValue() == Scope.Binding.FREE) {
                addOnce(scope.freeVars, e.getKey());
            }
        }
    }

    private static void addOnce(List<String> list, String name) {
        if (!list.contains(name)) {
            list.add(name);
        }
    }
}
