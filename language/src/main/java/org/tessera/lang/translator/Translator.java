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
    final YieldFinder yields = new YieldFinder();
    /** Prebuilt nodes standing in for synthetic statements (the innermost step of a comprehension). */
    private final java.util.Map<Stmt, PyStatementNode> substitutes = new java.util.IdentityHashMap<>();
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

    /** Where inline code (a debugger's expression) is evaluated; null for ordinary code. */
    com.oracle.truffle.api.nodes.Node inlineLocation;

    /**
     * An expression a tool evaluates in a running frame at {@code location}: its names are the
     * frame's variables where it has them (through the location's scope), else globals and
     * builtins. {@code moduleFrame} says whether the frame is a module's.
     */
    public static PyExpressionNode translateInline(TesseraLanguage language, Source source, List<Stmt> body, com.oracle.truffle.api.nodes.Node location, boolean moduleFrame) {
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt expression)) {
            throw new org.tessera.lang.parser.ParseError(org.tessera.lang.parser.ParseError.Kind.SyntaxError, "inline code must be one expression", 1, 1, 1, 1, source.getCharacters().toString(), false);
        }
        Translator t = new Translator(language, source, body, false);
        t.context = new FunctionContext(t.scopes.module(), null);
        t.context.moduleLevel = moduleFrame;
        t.inlineLocation = location;
        return t.expressions.expression(expression.value());
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
            // the module's value (what Context.eval answers), and a statement like the others for tools
            result = at(expressions.expression(last.value()), last);
            result.addStatementTag();
        }
        PyStatementNode block = block(statements);
        Object doc = docstring(body);
        if (doc != null && !interactive) {
            PyStatementNode setDoc = new org.tessera.lang.nodes.local.WriteGlobalNode(new org.tessera.lang.nodes.literal.ConstantNode(doc), "__doc__", true);
            PyStatementNode statementsBlock = block;
            block = new BlockNode(new PyStatementNode[]{setDoc, statementsBlock});
            if (statementsBlock.hasSource()) {
                block.setSourceRange(statementsBlock.getSourceStart(), statementsBlock.getSourceEnd());
            }
        }
        block.addRootBodyTag();
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

    PyStatementNode block(List<Stmt> statements) {
        PyStatementNode[] nodes = new PyStatementNode[statements.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(statements.get(i));
            nodes[i].addStatementTag();
        }
        if (context.generator != null && yields.block(statements)) {
            return spanning(new org.tessera.lang.nodes.generator.GeneratorBlockNode(nodes, context.generator, context.newTemporary()), statements);
        }
        return spanning(new BlockNode(nodes), statements);
    }

    /** The block with the source range from its first statement to its last. */
    private PyStatementNode spanning(PyStatementNode block, List<Stmt> statements) {
        if (!statements.isEmpty()) {
            block.setSourceRange(statements.get(0).start(), statements.get(statements.size() - 1).end());
        }
        return block;
    }

    /** The body of a loop: a block that tools see once per iteration. */
    private PyStatementNode loopBody(List<Stmt> statements) {
        PyStatementNode body = block(statements);
        body.addLoopTag();
        return body;
    }

    /**
     * A function's body, or a branch in tail position of it. {@code return} as its last statement
     * stores the function's value in {@code returnSlot} instead of throwing a ReturnException
     * (a throw costs microseconds in the interpreter); an {@code if} whose branch ends in
     * {@code return} or {@code raise} takes the statements after it as (the end of) its else
     * branch — the same program, since control never falls out of that branch — so that their
     * returns are in tail position too. Every statement keeps its node, tag and source section.
     */
    private PyStatementNode tailBlock(List<Stmt> statements, int returnSlot) {
        List<PyStatementNode> nodes = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Stmt stmt = statements.get(i);
            boolean last = i == statements.size() - 1;
            PyStatementNode node;
            if (stmt instanceof Stmt.If branch && substitutes.get(stmt) == null && (last || terminates(branch.body()))) {
                List<Stmt> orelse = last ? branch.orelse() : concat(branch.orelse(), statements.subList(i + 1, statements.size()));
                node = at(new IfNode(expressions.expression(branch.test()), tailBlock(branch.body(), returnSlot), orelse.isEmpty() ? null : tailBlock(orelse, returnSlot)), stmt);
                last = true;
            } else if (last && stmt instanceof Stmt.Return r && substitutes.get(stmt) == null) {
                node = at(new ReturnNode(r.value() == null ? null : expressions.expression(r.value()), returnSlot), stmt);
            } else {
                node = statement(stmt);
            }
            node.addStatementTag();
            nodes.add(node);
            if (last) {
                break;
            }
        }
        return spanning(new BlockNode(nodes.toArray(new PyStatementNode[0])), statements);
    }

    /** True if control never falls out of the end of these statements (they end in return or raise). */
    private static boolean terminates(List<Stmt> statements) {
        return !statements.isEmpty() && (statements.get(statements.size() - 1) instanceof Stmt.Return || statements.get(statements.size() - 1) instanceof Stmt.Raise);
    }

    private static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
        List<Stmt> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private PyStatementNode optionalBlock(List<Stmt> statements) {
        return statements.isEmpty() ? null : block(statements);
    }

    // ---- statements

    PyStatementNode statement(Stmt stmt) {
        PyStatementNode substitute = substitutes.get(stmt);
        if (substitute != null) {
            return substitute;
        }
        if (context.generator != null && yields.contains(stmt)) {
            return resumable(stmt);
        }
        return plainStatement(stmt);
    }

    /** A statement with a yield in a generator: control statements get resumable forms, and expression values are cached. */
    private PyStatementNode resumable(Stmt stmt) {
        org.tessera.lang.nodes.generator.GeneratorState state = context.generator;
        List<Integer> caches = new ArrayList<>();
        context.resumeCaches.push(caches);
        PyStatementNode node;
        try {
            node = switch (stmt) {
                case Stmt.If i -> new org.tessera.lang.nodes.generator.GeneratorIfNode(expressions.expression(i.test()), block(i.body()), optionalBlock(i.orelse()),
                                state, context.newTemporary());
                case Stmt.While w -> org.tessera.lang.nodes.generator.GeneratorLoopNode.whileLoop(expressions.expression(w.test()), loopBody(w.body()),
                                optionalBlock(w.orelse()), state, context.newTemporary());
                case Stmt.For f -> org.tessera.lang.nodes.generator.GeneratorLoopNode.forLoop(expressions.target(f.target()), expressions.expression(f.iter()),
                                loopBody(f.body()), optionalBlock(f.orelse()), state, context.newTemporary(), context.newTemporary());
                case Stmt.Try t -> new org.tessera.lang.nodes.generator.GeneratorTryNode(block(t.body()), handlers(t.handlers()), optionalBlock(t.orelse()),
                                optionalBlock(t.finalbody()), state, context.newTemporary(), context.newTemporary());
                default -> plainStatement(stmt);
            };
        } finally {
            context.resumeCaches.pop();
        }
        at(node, stmt);
        if (!caches.isEmpty()) {
            node = at(new org.tessera.lang.nodes.generator.ResumableStatementNode(node, state, caches.stream().mapToInt(Integer::intValue).toArray()), stmt);
        }
        return node;
    }

    private PyStatementNode plainStatement(Stmt stmt) {
        PyStatementNode node = switch (stmt) {
            case Stmt.FunctionDef f -> expressions.assign(f.name(), decorated(f.decoratorList(), function(f, f.name(), f.args(), f.body(), null)), f);
            case Stmt.ClassDef c -> expressions.assign(c.name(), decorated(c.decoratorList(), classDefinition(c)), c);
            case Stmt.Return r -> new ReturnNode(r.value() == null ? null : expressions.expression(r.value()));
            case Stmt.Delete d -> delete(d.targets());
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> a.value() == null ? new BlockNode(new PyStatementNode[0])
                            : expressions.targetWithValue(a.target(), expressions.expression(a.value()));
            case Stmt.For f -> forLoop(f);
            case Stmt.While w -> new WhileNode(expressions.expression(w.test()), loopBody(w.body()), optionalBlock(w.orelse()), Loops.hasJump(w.body(), true),
                            Loops.hasJump(w.body(), false));
            case Stmt.If i -> new IfNode(expressions.expression(i.test()), block(i.body()), optionalBlock(i.orelse()));
            case Stmt.With w -> with(w.items(), 0, w.body());
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
                if (a.op() == org.tessera.lang.parser.ast.Operator.Add && context.binding(n.id()) == Scope.Binding.LOCAL && context.generator == null) {
                    return at(new org.tessera.lang.nodes.local.AugAddLocalNode(context.slot(n.id()), n.id(), value, expressions.binary(a.op(), null, null, true)), a);
                }
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
    PyStatementNode unbind(String name, boolean quiet) {
        switch (context.binding(name)) {
            case CLASS_LOCAL:
                return new org.tessera.lang.nodes.klass.DeleteClassNameNode(context.namespaceSlot, name, quiet);
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
        return new ForNode(target, expressions.expression(f.iter()), loopBody(f.body()), optionalBlock(f.orelse()), slots, Loops.hasJump(f.body(), true),
                        Loops.hasJump(f.body(), false));
    }

    private ExceptHandlerNode[] handlers(List<ExceptHandler> clauses) {
        ExceptHandlerNode[] handlers = new ExceptHandlerNode[clauses.size()];
        for (int i = 0; i < handlers.length; i++) {
            ExceptHandler h = clauses.get(i);
            PyExpressionNode type = h.type() == null ? null : expressions.expression(h.type());
            WriteTargetNode name = h.name() == null ? null : expressions.nameTarget(h.name(), h.start(), h.end());
            PyStatementNode unbindName = h.name() == null ? null : unbind(h.name(), true);
            handlers[i] = new ExceptHandlerNode(type, name, unbindName, block(h.body()));
        }
        return handlers;
    }

    /** {@code with a as x, b as y: body} is {@code with a as x: with b as y: body}. */
    private PyStatementNode with(List<org.tessera.lang.parser.ast.WithItem> items, int index, List<Stmt> body) {
        org.tessera.lang.parser.ast.WithItem item = items.get(index);
        PyExpressionNode manager = expressions.expression(item.contextExpr());
        WriteTargetNode target = item.optionalVars() == null ? null : expressions.target(item.optionalVars());
        PyStatementNode inner = index + 1 < items.size() ? with(items, index + 1, body) : block(body);
        return new org.tessera.lang.nodes.control.WithNode(manager, target, inner, context.newTemporary(), context.generator);
    }

    private PyStatementNode tryStatement(Stmt.Try t) {
        PyStatementNode body = block(t.body());
        if (!t.handlers().isEmpty()) {
            body = at(new TryExceptNode(body, handlers(t.handlers()), optionalBlock(t.orelse())), t);
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
            if (scope.isGenerator) {
                context.generator = new org.tessera.lang.nodes.generator.GeneratorState(context.newTemporary(), context.newTemporary());
            }
            PyStatementNode bodyNode;
            Object doc = null;
            int returnSlot = scope.isGenerator ? -1 : context.newTemporary();
            if (lambdaBody != null) {
                bodyNode = at(new ReturnNode(expressions.expression(lambdaBody), returnSlot), lambdaBody);
            } else {
                bodyNode = returnSlot >= 0 ? tailBlock(body, returnSlot) : block(body);
                doc = docstring(body);
            }
            bodyNode.addRootBodyTag();
            PyCode code = code(node, name, scope, signature, prologue, bodyNode, returnSlot);
            return at(new MakeFunctionNode(code, defaults, kwDefaults, closureSlots, outer.isModuleLevel(), doc), node);
        } finally {
            context = outer;
        }
    }

    /** The root node(s) of a function: one for a plain function, a call root and a resume root for a generator. */
    private PyCode code(Node node, String name, Scope scope, Signature signature, FunctionPrologueNode prologue, PyStatementNode body, int returnSlot) {
        com.oracle.truffle.api.source.SourceSection section = source.createSection(node.start(), node.end() - node.start());
        RootCallTarget target;
        if (scope.isGenerator) {
            org.tessera.lang.nodes.generator.GeneratorState state = context.generator;
            RootCallTarget resume = new org.tessera.lang.nodes.generator.GeneratorBodyRootNode(language, name, section, body, state).getCallTarget();
            target = new org.tessera.lang.nodes.generator.GeneratorFunctionRootNode(language, context.build(), name, scope.qualname, section, prologue, resume, state)
                            .getCallTarget();
        } else {
            target = new FunctionRootNode(language, context.build(), name, section, prologue, body, returnSlot).getCallTarget();
        }
        return new PyCode(name, scope.qualname, signature, target, scope.isGenerator);
    }

    /**
     * A comprehension or generator expression: its own function, run on the iterator of the
     * outermost iterable. The loops are translated from synthetic {@code for}/{@code if} statements;
     * the innermost step appends to the result, or yields for a generator expression.
     */
    PyExpressionNode comprehension(Expr node, org.tessera.lang.nodes.function.ComprehensionResultNode.Kind kind, Expr element, Expr value,
                    List<org.tessera.lang.parser.ast.Comprehension> generators) {
        Scope scope = scopes.of(node);
        PyExpressionNode firstIterable = expressions.expression(generators.get(0).iter());
        FunctionContext outer = context;
        int[] closureSlots = new int[scope.freeVars.size()];
        for (int i = 0; i < closureSlots.length; i++) {
            closureSlots[i] = outer.slot(scope.freeVars.get(i));
        }
        context = new FunctionContext(scope, outer);
        try {
            Signature signature = new Signature(scope.qualname, new String[]{ScopeAnalyzer.COMPREHENSION_ITERATOR}, 1, 0, null, new String[0], null);
            FunctionPrologueNode prologue = prologue(signature);
            Stmt innermost;
            if (kind == null) {
                context.generator = new org.tessera.lang.nodes.generator.GeneratorState(context.newTemporary(), context.newTemporary());
                innermost = new Stmt.ExprStmt(new Expr.Yield(element, element.start(), element.end()), element.start(), element.end());
            } else {
                // .result.append(e), .result.add(e), .result.__setitem__(k, v): ordinary method calls with their caches,
                // the key evaluated before the value as CPython does
                Expr result = new Expr.Name(ScopeAnalyzer.COMPREHENSION_RESULT, org.tessera.lang.parser.ast.Ctx.Load, element.start(), element.end());
                String method = switch (kind) {
                    case LIST -> "append";
                    case SET -> "add";
                    case DICT -> "__setitem__";
                };
                Expr callee = new Expr.Attribute(result, method, org.tessera.lang.parser.ast.Ctx.Load, element.start(), element.end());
                List<Expr> args = value == null ? List.of(element) : List.of(element, value);
                int end = value == null ? element.end() : value.end();
                innermost = new Stmt.ExprStmt(new Expr.Call(callee, args, List.of(), element.start(), end), element.start(), end);
            }
            Stmt loops = comprehensionLoops(generators, 0, innermost);
            List<PyStatementNode> statements = new ArrayList<>();
            if (kind != null) {
                int resultSlot = context.slot(ScopeAnalyzer.COMPREHENSION_RESULT);
                statements.add(WriteLocalNodeGen.create(resultSlot, ScopeAnalyzer.COMPREHENSION_RESULT,
                                new org.tessera.lang.nodes.function.ComprehensionResultNode(resultSlot, kind, true)));
            }
            statements.add(statement(loops));
            int returnSlot = kind != null && !scope.isGenerator ? context.newTemporary() : -1;
            if (kind != null) {
                statements.add(new ReturnNode(new org.tessera.lang.nodes.function.ComprehensionResultNode(context.slot(ScopeAnalyzer.COMPREHENSION_RESULT), kind,
                                false), returnSlot));
            }
            PyStatementNode body = at(new BlockNode(statements.toArray(new PyStatementNode[0])), node);
            body.addRootBodyTag();
            PyCode code = code(node, scope.name, scope, signature, prologue, body, returnSlot);
            MakeFunctionNode function = new MakeFunctionNode(code, new PyExpressionNode[0], new PyExpressionNode[0], closureSlots, outer.isModuleLevel(), null);
            context = outer;
            return new org.tessera.lang.nodes.function.ComprehensionCallNode(function, firstIterable, kind == null ? "generator" : kind.name().toLowerCase(java.util.Locale.ROOT));
        } finally {
            context = outer;
        }
    }

    private Stmt comprehensionLoops(List<org.tessera.lang.parser.ast.Comprehension> generators, int index, Stmt innermost) {
        org.tessera.lang.parser.ast.Comprehension g = generators.get(index);
        Stmt body = index + 1 < generators.size() ? comprehensionLoops(generators, index + 1, innermost) : innermost;
        for (int i = g.ifs().size() - 1; i >= 0; i--) {
            Expr test = g.ifs().get(i);
            body = new Stmt.If(test, List.of(body), List.of(), test.start(), test.end());
        }
        Expr iterable = index == 0 ? new Expr.Name(ScopeAnalyzer.COMPREHENSION_ITERATOR, org.tessera.lang.parser.ast.Ctx.Load, g.iter().start(), g.iter().end())
                        : g.iter();
        return new Stmt.For(g.target(), iterable, List.of(body), List.of(), g.target().start(), g.iter().end());
    }

    /** A class statement: its body becomes a function run on the new namespace, then the class is built. */
    private PyExpressionNode classDefinition(Stmt.ClassDef c) {
        for (org.tessera.lang.parser.ast.Keyword k : c.keywords()) {
            if (!"metaclass".equals(k.arg()) || !(k.value() instanceof Expr.Name n && n.id().equals("type"))) {
                throw errors.at(k.start(), k.end(), "class keywords other than metaclass=type are not supported");
            }
        }
        Scope scope = scopes.of(c);
        PyExpressionNode[] bases = new PyExpressionNode[c.bases().size()];
        for (int i = 0; i < bases.length; i++) {
            if (c.bases().get(i) instanceof Expr.Starred s) {
                throw errors.at(s.start(), s.end(), "starred class bases are not supported");
            }
            bases[i] = expressions.expression(c.bases().get(i));
        }
        FunctionContext outer = context;
        int[] closureSlots = new int[scope.freeVars.size()];
        for (int i = 0; i < closureSlots.length; i++) {
            closureSlots[i] = outer.slot(scope.freeVars.get(i));
        }
        context = new FunctionContext(scope, outer);
        try {
            Signature signature = new Signature(scope.qualname, new String[]{FunctionContext.NAMESPACE}, 1, 0, null, new String[0], null);
            FunctionPrologueNode prologue = prologue(signature);
            List<PyStatementNode> statements = new ArrayList<>();
            Object doc = docstring(c.body());
            if (doc != null) {
                statements.add(new org.tessera.lang.nodes.klass.WriteClassNameNode(context.namespaceSlot, "__doc__", new org.tessera.lang.nodes.literal.ConstantNode(doc)));
            }
            statements.add(block(c.body()));
            int cellSlot = context.scope.cellVars.contains(ScopeAnalyzer.CLASS_CELL) ? context.slot(ScopeAnalyzer.CLASS_CELL) : -1;
            int returnSlot = context.newTemporary();
            statements.add(new ReturnNode(new org.tessera.lang.nodes.klass.ClassCellNode(cellSlot), returnSlot));
            BlockNode body = at(new BlockNode(statements.toArray(new PyStatementNode[0])), c);
            body.addRootBodyTag();
            FunctionRootNode root = new FunctionRootNode(language, context.build(), c.name(), source.createSection(c.start(), c.end() - c.start()), prologue, body, returnSlot);
            PyCode code = new PyCode(c.name(), scope.qualname, signature, root.getCallTarget(), false);
            MakeFunctionNode function = new MakeFunctionNode(code, new PyExpressionNode[0], new PyExpressionNode[0], closureSlots, outer.isModuleLevel(), null);
            context = outer;
            return at(new org.tessera.lang.nodes.klass.BuildClassNode(function, bases, c.name(), scope.qualname), c);
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
