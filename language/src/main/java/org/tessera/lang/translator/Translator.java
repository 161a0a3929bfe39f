package org.tessera.lang.translator;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.access.AssignNode;
import org.tessera.lang.nodes.access.AugAssignAttributeNode;
import org.tessera.lang.nodes.access.AugAssignItemNode;
import org.tessera.lang.nodes.access.DeleteAttributeNode;
import org.tessera.lang.nodes.access.DeleteItemNode;
import org.tessera.lang.nodes.control.BlockNode;
import org.tessera.lang.nodes.control.BreakNode;
import org.tessera.lang.nodes.control.ContinueNode;
import org.tessera.lang.nodes.control.ExprStmtNode;
import org.tessera.lang.nodes.control.ForNode;
import org.tessera.lang.nodes.control.IfNode;
import org.tessera.lang.nodes.control.PrintExprNode;
import org.tessera.lang.nodes.control.ReturnNode;
import org.tessera.lang.nodes.control.WhileNode;
import org.tessera.lang.nodes.exception.AssertNode;
import org.tessera.lang.nodes.exception.ExceptHandlerNode;
import org.tessera.lang.nodes.exception.RaiseNode;
import org.tessera.lang.nodes.exception.TryExceptNode;
import org.tessera.lang.nodes.exception.TryFinallyNode;
import org.tessera.lang.nodes.function.MakeFunctionNode;
import org.tessera.lang.nodes.local.DeleteVariableNode;
import org.tessera.lang.nodes.local.WriteLocalNodeGen;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.nodes.module.ImportFromNode;
import org.tessera.lang.nodes.module.ImportNode;
import org.tessera.lang.nodes.module.ImportStarNode;
import org.tessera.lang.nodes.root.FunctionPrologueNode;
import org.tessera.lang.nodes.root.FunctionRootNode;
import org.tessera.lang.nodes.root.ModuleRootNode;
import org.tessera.lang.parser.ast.Alias;
import org.tessera.lang.parser.ast.Arg;
import org.tessera.lang.parser.ast.Arguments;
import org.tessera.lang.parser.ast.ExceptHandler;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Node;
import org.tessera.lang.parser.ast.Stmt;
import org.tessera.lang.runtime.PyCode;
import org.tessera.lang.runtime.Signature;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.source.Source;

/**
 * Translates a parsed module into Truffle nodes: one root node per module and per function, with
 * frame slots decided by the {@link ScopeAnalyzer}. Statements are translated here, expressions
 * and assignment targets by {@link ExpressionTranslator}.
 */
public final class Translator {
    final TesseraLanguage language;
    final Source source;
    final CompileErrors errors;
    final ScopeAnalyzer.Result scopes;
    final ExpressionTranslator expressions;
    FunctionContext context;
    private final boolean interactive;

    private Translator(TesseraLanguage language, Source source, List<Stmt> body, boolean interactive) {
        this.language = language;
        this.source = source;
        this.errors = new CompileErrors(source.getCharacters().toString());
        this.scopes = ScopeAnalyzer.analyze(body, errors);
        this.expressions = new ExpressionTranslator(this);
        this.interactive = interactive;
    }

    /** The code of a module; in {@code interactive} mode expression statements echo their value. */
    public static RootCallTarget translateModule(TesseraLanguage language, Source source, List<Stmt> body, boolean interactive) {
        Translator t = new Translator(language, source, body, interactive);
        return t.module(body);
    }

    private RootCallTarget module(List<Stmt> body) {
        context = new FunctionContext(scopes.module(), null);
        PyExpressionNode result = null;
        List<Stmt> statements = body;
        if (!interactive && !body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.ExprStmt last) {
            statements = body.subList(0, body.size() - 1);
            result = expressions.expression(last.value());
        }
        PyStatementNode block = block(statements);
        ModuleRootNode root = new ModuleRootNode(language, context.build(), source.createSection(0, source.getLength()), block, result);
        return root.getCallTarget();
    }

    // ---- helpers

    <T extends PyStatementNode> T at(T node, Node ast) {
        node.setSourceRange(ast.start(), ast.end());
        return node;
    }

    <T extends PyStatementNode> T at(T node, int start, int end) {
        node.setSourceRange(start, end);
        return node;
    }

    BlockNode block(List<Stmt> statements) {
        PyStatementNode[] nodes = new PyStatementNode[statements.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(statements.get(i));
            nodes[i].addStatementTag();
        }
        BlockNode block = new BlockNode(nodes);
        if (!statements.isEmpty()) {
            block.setSourceRange(statements.get(0).start(), statements.get(statements.size() - 1).end());
        }
        return block;
    }

    private PyStatementNode optionalBlock(List<Stmt> statements) {
        return statements.isEmpty() ? null : block(statements);
    }

    // ---- statements

    PyStatementNode statement(Stmt stmt) {
        PyStatementNode node = switch (stmt) {
            case Stmt.FunctionDef f -> expressions.assign(f.name(), decorated(f.decoratorList(), function(f, f.name(), f.args(), f.body(), null)), f);
            case Stmt.ClassDef c -> throw errors.at(c.start(), c.end(), "class definitions are not supported yet");
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expressions.expression(r.value()));
            case Stmt.Delete d -> delete(d.targets());
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> a.value() == null ? new BlockNode(new PyStatementNode[0])
                            : expressions.targetWithValue(a.target(), expressions.expression(a.value()));
            case Stmt.For f -> forLoop(f);
            case Stmt.While w -> new WhileNode(expressions.expression(w.test()), block(w.body()), optionalBlock(w.orelse()), Loops.hasJump(w.body(), true),
                            Loops.hasJump(w.body(), false));
            case Stmt.If i -> new IfNode(expressions.expression(i.test()), block(i.body()), optionalBlock(i.orelse()));
            case Stmt.With w -> throw errors.at(w.start(), w.end(), "with statements are not supported yet");
            case Stmt.Raise r -> new RaiseNode(r.exc() == null ? null : expressions.expression(r.exc()), r.cause() == null ? null : expressions.expression(r.cause()));
            case Stmt.Try t -> tryStatement(t);
            case Stmt.Assert a -> new AssertNode(expressions.expression(a.test()), a.msg() == null ? null : expressions.expression(a.msg()));
            case Stmt.Import i -> importStatement(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> new BlockNode(new PyStatementNode[0]);
            case Stmt.Nonlocal n -> new BlockNode(new PyStatementNode[0]);
            case Stmt.ExprStmt e -> interactive && context.isModuleLevel() ? new PrintExprNode(expressions.expression(e.value()))
                            : new ExprStmtNode(expressions.expression(e.value()));
            case Stmt.Pass p -> new BlockNode(new PyStatementNode[0]);
            case Stmt.Break b -> new BreakNode();
            case Stmt.Continue c -> new ContinueNode();
        };
        return at(node, stmt);
    }

    private PyStatementNode assign(Stmt.Assign a) {
        PyExpressionNode value = expressions.expression(a.value());
        if (a.targets().size() == 1) {
            return expressions.targetWithValue(a.targets().get(0), value);
        }
        WriteTargetNode[] targets = new WriteTargetNode[a.targets().size()];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = expressions.target(a.targets().get(i));
        }
        return new AssignNode(value, targets);
    }

    private PyStatementNode augAssign(Stmt.AugAssign a) {
        PyExpressionNode value = expressions.expression(a.value());
        switch (a.target()) {
            case Expr.Name n -> {
                PyExpressionNode current = expressions.expression(new Expr.Name(n.id(), org.tessera.lang.parser.ast.Ctx.Load, n.start(), n.end()));
                return expressions.assign(n.id(), at(expressions.binary(a.op(), current, value, true), a), n);
            }
            case Expr.Attribute t -> {
                return new AugAssignAttributeNode(expressions.expression(t.value()), t.attr(), expressions.binary(a.op(), null, null, true), value);
            }
            case Expr.Subscript t -> {
                return new AugAssignItemNode(expressions.expression(t.value()), expressions.expression(t.slice()), expressions.binary(a.op(), null, null, true), value);
            }
            default -> throw errors.at(a.target().start(), a.target().end(), "'" + ExpressionTranslator.describe(a.target()) + "' is an illegal expression for augmented assignment");
        }
    }

    private PyStatementNode delete(List<Expr> targets) {
        List<PyStatementNode> nodes = new ArrayList<>();
        for (Expr target : targets) {
            deleteTarget(target, nodes);
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        return new BlockNode(nodes.toArray(new PyStatementNode[0]));
    }

    private void deleteTarget(Expr target, List<PyStatementNode> out) {
        switch (target) {
            case Expr.Name n -> out.add(at(unbind(n.id(), false), n));
            case Expr.Attribute a -> out.add(at(new DeleteAttributeNode(expressions.expression(a.value()), a.attr()), a));
            case Expr.Subscript s -> out.add(at(new DeleteItemNode(expressions.expression(s.value()), expressions.expression(s.slice())), s));
            case Expr.Tuple t -> t.elts().forEach(e -> deleteTarget(e, out));
            case Expr.ListExpr l -> l.elts().forEach(e -> deleteTarget(e, out));
            default -> throw errors.at(target.start(), target.end(), "cannot delete " + ExpressionTranslator.describe(target));
        }
    }

    /** {@code del name}, or the silent unbinding after an except clause when {@code quiet}. */
    DeleteVariableNode unbind(String name, boolean quiet) {
        switch (context.binding(name)) {
            case LOCAL:
                return new DeleteVariableNode(DeleteVariableNode.Kind.LOCAL, context.slot(name), name, false, quiet);
            case CELL, FREE:
                return new DeleteVariableNode(DeleteVariableNode.Kind.CELL, context.slot(name), name, false, quiet);
            default:
                return new DeleteVariableNode(DeleteVariableNode.Kind.GLOBAL, -1, name, context.isModuleLevel(), quiet);
        }
    }

    private PyStatementNode forLoop(Stmt.For f) {
        int[] slots = {context.newTemporary(), context.newTemporary(), context.newTemporary(), context.newTemporary()};
        WriteTargetNode target = expressions.target(f.target());
        return new ForNode(target, expressions.expression(f.iter()), block(f.body()), optionalBlock(f.orelse()), slots, Loops.hasJump(f.body(), true),
                        Loops.hasJump(f.body(), false));
    }

    private PyStatementNode tryStatement(Stmt.Try t) {
        PyStatementNode body = block(t.body());
        if (!t.handlers().isEmpty()) {
            ExceptHandlerNode[] handlers = new ExceptHandlerNode[t.handlers().size()];
            for (int i = 0; i < handlers.length; i++) {
                ExceptHandler h = t.handlers().get(i);
                PyExpressionNode type = h.type() == null ? null : expressions.expression(h.type());
                WriteTargetNode name = h.name() == null ? null : expressions.nameTarget(h.name(), h.start(), h.end());
                PyStatementNode unbindName = h.name() == null ? null : unbind(h.name(), true);
                handlers[i] = new ExceptHandlerNode(type, name, unbindName, block(h.body()));
            }
            body = at(new TryExceptNode(body, handlers, optionalBlock(t.orelse())), t);
        }
        if (!t.finalbody().isEmpty()) {
            body = at(new TryFinallyNode(body, block(t.finalbody())), t);
        }
        return body;
    }

    private PyStatementNode importStatement(Stmt.Import i) {
        List<PyStatementNode> nodes = new ArrayList<>();
        for (Alias alias : i.names()) {
            boolean bindTop = alias.asname() == null;
            String bound = bindTop ? alias.name().split("\\.")[0] : alias.asname();
            ImportNode value = at(new ImportNode(alias.name(), bindTop, 0, context.isModuleLevel()), alias);
            nodes.add(at(expressions.assign(bound, value, alias), alias));
        }
        return nodes.size() == 1 ? nodes.get(0) : new BlockNode(nodes.toArray(new PyStatementNode[0]));
    }

    private PyStatementNode importFrom(Stmt.ImportFrom i) {
        String module = i.module() == null ? "" : i.module();
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            return new ImportStarNode(module, i.level());
        }
        String[] names = new String[i.names().size()];
        WriteTargetNode[] targets = new WriteTargetNode[names.length];
        for (int k = 0; k < names.length; k++) {
            Alias alias = i.names().get(k);
            names[k] = alias.name();
            targets[k] = expressions.nameTarget(alias.asname() != null ? alias.asname() : alias.name(), alias.start(), alias.end());
        }
        return new ImportFromNode(module, i.level(), names, targets, context.isModuleLevel());
    }

    // ---- functions

    /** Applies decorators, innermost (last listed) first. */
    PyExpressionNode decorated(List<Expr> decorators, PyExpressionNode function) {
        PyExpressionNode result = function;
        for (int i = decorators.size() - 1; i >= 0; i--) {
            result = expressions.callWith(expressions.expression(decorators.get(i)), result, decorators.get(i));
        }
        return result;
    }

    /**
     * A {@code def} or {@code lambda}: translates the body into its own root node and returns the
     * node that creates the function object at the definition site.
     */
    PyExpressionNode function(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody) {
        Scope scope = scopes.of(node);
        PyExpressionNode[] defaults = new PyExpressionNode[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expressions.expression(args.defaults().get(i));
        }
        PyExpressionNode[] kwDefaults = new PyExpressionNode[args.kwonlyargs().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = args.kwDefaults().get(i);
            kwDefaults[i] = d == null ? null : expressions.expression(d);
        }
        FunctionContext outer = context;
        int[] closureSlots = new int[scope.freeVars.size()];
        for (int i = 0; i < closureSlots.length; i++) {
            closureSlots[i] = outer.slot(scope.freeVars.get(i));
        }
        context = new FunctionContext(scope, outer);
        try {
            Signature signature = signature(scope.qualname, args);
            FunctionPrologueNode prologue = prologue(signature);
            PyStatementNode bodyNode;
            Object doc = null;
            if (lambdaBody != null) {
                bodyNode = at(new ReturnNode(expressions.expression(lambdaBody)), lambdaBody);
            } else {
                bodyNode = block(body);
                doc = docstring(body);
            }
            bodyNode.addRootBodyTag();
            FunctionRootNode root = new FunctionRootNode(language, context.build(), name, source.createSection(node.start(), node.end() - node.start()), prologue,
                            bodyNode);
            PyCode code = new PyCode(name, scope.qualname, signature, root.getCallTarget(), scope.isGenerator);
            return at(new MakeFunctionNode(code, defaults, kwDefaults, closureSlots, outer.isModuleLevel(), doc), node);
        } finally {
            context = outer;
        }
    }

    private static Object docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private static Signature signature(String qualname, Arguments args) {
        List<String> positional = new ArrayList<>();
        for (Arg a : args.posonlyargs()) {
            positional.add(a.arg());
        }
        for (Arg a : args.args()) {
            positional.add(a.arg());
        }
        String[] kwonly = new String[args.kwonlyargs().size()];
        for (int i = 0; i < kwonly.length; i++) {
            kwonly[i] = args.kwonlyargs().get(i).arg();
        }
        return new Signature(qualname, positional.toArray(new String[0]), args.posonlyargs().size(), args.defaults().size(),
                        args.vararg() == null ? null : args.vararg().arg(), kwonly, args.kwarg() == null ? null : args.kwarg().arg());
    }

    private FunctionPrologueNode prologue(Signature signature) {
        String[] names = signature.slotNames();
        org.tessera.lang.nodes.local.WriteLocalNode[] writes = new org.tessera.lang.nodes.local.WriteLocalNode[names.length];
        int[] parameterCells = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            if (context.binding(names[i]) == Scope.Binding.CELL) {
                parameterCells[i] = context.slot(names[i]);
            } else {
                parameterCells[i] = -1;
                writes[i] = WriteLocalNodeGen.create(context.slot(names[i]), names[i], null);
            }
        }
        List<Integer> otherCells = new ArrayList<>();
        for (String cell : context.scope.cellVars) {
            if (!context.scope.parameters.contains(cell)) {
                otherCells.add(context.slot(cell));
            }
        }
        int[] freeSlots = new int[context.scope.freeVars.size()];
        for (int i = 0; i < freeSlots.length; i++) {
            freeSlots[i] = context.slot(context.scope.freeVars.get(i));
        }
        return new FunctionPrologueNode(writes, parameterCells, otherCells.stream().mapToInt(Integer::intValue).toArray(), freeSlots);
    }
}
