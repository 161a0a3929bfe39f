package org.tessera.lang.translator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.access.GetAttributeNode;
import org.tessera.lang.nodes.access.GetItemNodeGen;
import org.tessera.lang.nodes.access.NamedExprNode;
import org.tessera.lang.nodes.access.SetAttributeNode;
import org.tessera.lang.nodes.access.SetItemNode;
import org.tessera.lang.nodes.access.UnpackNode;
import org.tessera.lang.nodes.arithmetic.AddNodeGen;
import org.tessera.lang.nodes.arithmetic.BitwiseNodeGen;
import org.tessera.lang.nodes.arithmetic.FloorDivNodeGen;
import org.tessera.lang.nodes.arithmetic.GenericBinaryNodeGen;
import org.tessera.lang.nodes.arithmetic.ModNodeGen;
import org.tessera.lang.nodes.arithmetic.MulNodeGen;
import org.tessera.lang.nodes.arithmetic.PowNodeGen;
import org.tessera.lang.nodes.arithmetic.PyBinaryNode;
import org.tessera.lang.nodes.arithmetic.SubNodeGen;
import org.tessera.lang.nodes.arithmetic.TrueDivNodeGen;
import org.tessera.lang.nodes.arithmetic.UnaryNode;
import org.tessera.lang.nodes.arithmetic.UnaryNodeGen;
import org.tessera.lang.nodes.call.CallArgumentsNode;
import org.tessera.lang.nodes.call.CallNode;
import org.tessera.lang.nodes.call.MethodCallNode;
import org.tessera.lang.nodes.compare.ChainedCompareNode;
import org.tessera.lang.nodes.compare.CompareNodeGen;
import org.tessera.lang.nodes.compare.IfExpNode;
import org.tessera.lang.nodes.compare.InNodeGen;
import org.tessera.lang.nodes.compare.IsNodeGen;
import org.tessera.lang.nodes.compare.NotNode;
import org.tessera.lang.nodes.compare.ShortCircuitNode;
import org.tessera.lang.nodes.literal.BooleanLiteralNode;
import org.tessera.lang.nodes.literal.ConstantNode;
import org.tessera.lang.nodes.literal.DictDisplayNode;
import org.tessera.lang.nodes.literal.DoubleLiteralNode;
import org.tessera.lang.nodes.literal.FormattedValueNode;
import org.tessera.lang.nodes.literal.JoinedStrNode;
import org.tessera.lang.nodes.literal.ListDisplayNode;
import org.tessera.lang.nodes.literal.LongLiteralNode;
import org.tessera.lang.nodes.literal.SliceNode;
import org.tessera.lang.nodes.literal.TupleDisplayNode;
import org.tessera.lang.nodes.local.ReadCellNode;
import org.tessera.lang.nodes.local.ReadGlobalNode;
import org.tessera.lang.nodes.local.ReadLocalNodeGen;
import org.tessera.lang.nodes.local.WriteCellNode;
import org.tessera.lang.nodes.local.WriteGlobalNode;
import org.tessera.lang.nodes.local.WriteLocalNodeGen;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.parser.ParseError;
import org.tessera.lang.parser.ast.BoolOperator;
import org.tessera.lang.parser.ast.CmpOperator;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Keyword;
import org.tessera.lang.parser.ast.Node;
import org.tessera.lang.parser.ast.Operator;
import org.tessera.lang.parser.ast.Singleton;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.CompareOp;
import org.tessera.lang.runtime.PyBigInt;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PySingleton;

/** Translates expressions and assignment targets. */
final class ExpressionTranslator {
    private final Translator t;

    ExpressionTranslator(Translator translator) {
        this.t = translator;
    }

    /** True while translating the direct sub-expressions of an expression that contains a yield. */
    private boolean insideYieldingExpression;

    /**
     * How deeply expressions may nest in compiled code: CPython 3.11's compiler stops at about
     * 2990 levels (three times the recursion limit, less what compiling has already used).
     */
    private static final int MAX_DEPTH = 2989;
    private int depth;

    PyExpressionNode expression(Expr expr) {
        if (++depth > MAX_DEPTH) {
            throw ParseError.tooDeep(ParseError.Kind.RecursionError, "maximum recursion depth exceeded during compilation");
        }
        try {
            return expressionAtDepth(expr);
        } finally {
            depth--;
        }
    }

    private PyExpressionNode expressionAtDepth(Expr expr) {
        org.tessera.lang.nodes.generator.GeneratorState generator = t.context.generator;
        if (generator == null) {
            return t.at(translate(expr), expr);
        }
        boolean parentYields = insideYieldingExpression;
        insideYieldingExpression = t.yields.contains(expr);
        PyExpressionNode node;
        try {
            node = t.at(translate(expr), expr);
        } finally {
            insideYieldingExpression = parentYields;
        }
        if (parentYields && !t.context.resumeCaches.isEmpty()) {
            int slot = t.context.newTemporary();
            t.context.resumeCaches.peek().add(slot);
            node = t.at(new org.tessera.lang.nodes.generator.ResumeCachedNode(node, generator, slot), expr);
        }
        return node;
    }

    private PyExpressionNode[] expressions(List<Expr> exprs) {
        PyExpressionNode[] nodes = new PyExpressionNode[exprs.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(exprs.get(i) instanceof Expr.Starred s ? s.value() : exprs.get(i));
        }
        return nodes;
    }

    private static boolean[] starred(List<Expr> exprs) {
        boolean[] flags = new boolean[exprs.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = exprs.get(i) instanceof Expr.Starred;
        }
        return flags;
    }

    private PyExpressionNode translate(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> constant(c);
            case Expr.Name n -> readName(n.id());
            case Expr.BinOp b -> binary(b.op(), expression(b.left()), expression(b.right()), false);
            case Expr.UnaryOp u -> unary(u);
            case Expr.BoolOp b -> new ShortCircuitNode(expressionsPlain(b.values()), b.op() == BoolOperator.And);
            case Expr.Compare c -> compare(c);
            case Expr.IfExp i -> new IfExpNode(expression(i.test()), expression(i.body()), expression(i.orelse()));
            case Expr.Call c -> call(c);
            case Expr.Attribute a -> new GetAttributeNode(expression(a.value()), a.attr());
            case Expr.Subscript s -> GetItemNodeGen.create(expression(s.value()), expression(s.slice()));
            case Expr.Slice s -> new SliceNode(optional(s.lower()), optional(s.upper()), optional(s.step()));
            case Expr.ListExpr l -> new ListDisplayNode(expressions(l.elts()), starred(l.elts()));
            case Expr.Tuple tu -> new TupleDisplayNode(expressions(tu.elts()), starred(tu.elts()));
            case Expr.Dict d -> dict(d);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Lambda l -> t.function(l, "<lambda>", l.args(), List.of(), l.body());
            case Expr.NamedExpr n -> new NamedExprNode(expression(n.value()), target(n.target()));
            case Expr.Starred s -> throw t.errors.at(s.start(), s.end(), "can't use starred expression here");
            case Expr.Set s -> new org.tessera.lang.nodes.literal.SetDisplayNode(expressions(s.elts()), starred(s.elts()), allConstant(s.elts()));
            case Expr.ListComp c -> t.comprehension(c, org.tessera.lang.nodes.function.ComprehensionResultNode.Kind.LIST, c.elt(), null, c.generators());
            case Expr.SetComp c -> t.comprehension(c, org.tessera.lang.nodes.function.ComprehensionResultNode.Kind.SET, c.elt(), null, c.generators());
            case Expr.DictComp c -> t.comprehension(c, org.tessera.lang.nodes.function.ComprehensionResultNode.Kind.DICT, c.key(), c.value(), c.generators());
            case Expr.GeneratorExp c -> t.comprehension(c, null, c.elt(), null, c.generators());
            case Expr.Yield y -> new org.tessera.lang.nodes.generator.YieldNode(optional(y.value()), t.context.generator);
            case Expr.YieldFrom y -> new org.tessera.lang.nodes.generator.YieldFromNode(expression(y.value()), t.context.generator, t.context.newTemporary());
            default -> throw t.errors.at(expr.start(), expr.end(), describe(expr) + " is not supported yet");
        };
    }

    private PyExpressionNode[] expressionsPlain(List<Expr> exprs) {
        PyExpressionNode[] nodes = new PyExpressionNode[exprs.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = expression(exprs.get(i));
        }
        return nodes;
    }

    private PyExpressionNode optional(Expr expr) {
        return expr == null ? null : expression(expr);
    }

    /** Whether CPython's compiler sees only constants here (literals, negated numbers, tuples of those). */
    private static boolean allConstant(List<Expr> elements) {
        for (Expr e : elements) {
            if (!isConstant(e)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        } else if (e instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c) {
            return u.op() == org.tessera.lang.parser.ast.UnaryOperator.USub && (c.value() instanceof Long || c.value() instanceof Double || c.value() instanceof BigInteger);
        } else if (e instanceof Expr.Tuple t) {
            return allConstant(t.elts());
        }
        return false;
    }

    private static PyExpressionNode constant(Expr.Constant c) {
        Object v = c.value();
        if (v instanceof Long l) {
            return new LongLiteralNode(l);
        } else if (v instanceof Double d) {
            return new DoubleLiteralNode(d);
        } else if (v instanceof Boolean b) {
            return new BooleanLiteralNode(b);
        } else if (v instanceof BigInteger big) {
            return new ConstantNode(PyBigInt.normalize(big));
        } else if (v == Singleton.None) {
            return new ConstantNode(PyNone.NONE);
        } else if (v == Singleton.Ellipsis) {
            return new ConstantNode(PySingleton.ELLIPSIS);
        } else if (v instanceof String s) {
            return new ConstantNode(s);
        } else if (v instanceof byte[] bytes) {
            return new ConstantNode(new org.tessera.lang.runtime.PyBytes(bytes));
        }
        return new ConstantNode(v);
    }

    private PyExpressionNode unary(Expr.UnaryOp u) {
        if (u.op() == org.tessera.lang.parser.ast.UnaryOperator.USub && u.operand() instanceof Expr.Constant c) {
            if (c.value() instanceof Long l && l != Long.MIN_VALUE) {
                return new LongLiteralNode(-l);
            } else if (c.value() instanceof Double d) {
                return new DoubleLiteralNode(-d);
            }
        }
        PyExpressionNode operand = expression(u.operand());
        return switch (u.op()) {
            case Not -> new NotNode(operand);
            case USub -> UnaryNodeGen.create(UnaryNode.Kind.NEGATE, operand);
            case UAdd -> UnaryNodeGen.create(UnaryNode.Kind.POSITIVE, operand);
            case Invert -> UnaryNodeGen.create(UnaryNode.Kind.INVERT, operand);
        };
    }

    PyBinaryNode binary(Operator op, PyExpressionNode left, PyExpressionNode right, boolean inplace) {
        return switch (op) {
            case Add -> AddNodeGen.create(inplace, left, right);
            case Sub -> SubNodeGen.create(inplace, left, right);
            case Mult -> MulNodeGen.create(inplace, left, right);
            case Div -> TrueDivNodeGen.create(inplace, left, right);
            case FloorDiv -> FloorDivNodeGen.create(inplace, left, right);
            case Mod -> ModNodeGen.create(inplace, left, right);
            case Pow -> PowNodeGen.create(inplace, left, right);
            case LShift -> BitwiseNodeGen.create(BinaryOp.LSHIFT, inplace, left, right);
            case RShift -> BitwiseNodeGen.create(BinaryOp.RSHIFT, inplace, left, right);
            case BitAnd -> BitwiseNodeGen.create(BinaryOp.AND, inplace, left, right);
            case BitOr -> BitwiseNodeGen.create(BinaryOp.OR, inplace, left, right);
            case BitXor -> BitwiseNodeGen.create(BinaryOp.XOR, inplace, left, right);
            case MatMult -> GenericBinaryNodeGen.create(BinaryOp.MATMUL, inplace, left, right);
        };
    }

    private PyExpressionNode compare(Expr.Compare c) {
        if (c.ops().size() == 1) {
            return comparison(c.ops().get(0), expression(c.left()), expression(c.comparators().get(0)));
        }
        PyExpressionNode[] operands = new PyExpressionNode[c.ops().size() + 1];
        operands[0] = expression(c.left());
        ChainedCompareNode.ComparisonLink[] links = new ChainedCompareNode.ComparisonLink[c.ops().size()];
        for (int i = 0; i < links.length; i++) {
            operands[i + 1] = expression(c.comparators().get(i));
            links[i] = (ChainedCompareNode.ComparisonLink) comparison(c.ops().get(i), null, null);
        }
        return new ChainedCompareNode(operands, links);
    }

    private static PyExpressionNode comparison(CmpOperator op, PyExpressionNode left, PyExpressionNode right) {
        return switch (op) {
            case Eq -> CompareNodeGen.create(CompareOp.EQ, left, right);
            case NotEq -> CompareNodeGen.create(CompareOp.NE, left, right);
            case Lt -> CompareNodeGen.create(CompareOp.LT, left, right);
            case LtE -> CompareNodeGen.create(CompareOp.LE, left, right);
            case Gt -> CompareNodeGen.create(CompareOp.GT, left, right);
            case GtE -> CompareNodeGen.create(CompareOp.GE, left, right);
            case Is -> IsNodeGen.create(false, left, right);
            case IsNot -> IsNodeGen.create(true, left, right);
            case In -> InNodeGen.create(false, left, right);
            case NotIn -> InNodeGen.create(true, left, right);
        };
    }

    private PyExpressionNode call(Expr.Call c) {
        List<Expr> positional = c.args();
        if (isZeroArgumentSuper(c)) {
            Scope scope = t.context.scope;
            String self = scope.parameters.iterator().next();
            positional = List.of(new Expr.Name(ScopeAnalyzer.CLASS_CELL, org.tessera.lang.parser.ast.Ctx.Load, c.start(), c.end()),
                            new Expr.Name(self, org.tessera.lang.parser.ast.Ctx.Load, c.start(), c.end()));
        }
        List<String> names = new ArrayList<>();
        List<PyExpressionNode> values = new ArrayList<>();
        List<PyExpressionNode> doubleStarred = new ArrayList<>();
        List<Integer> doubleStarPositions = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                doubleStarred.add(expression(k.value()));
                doubleStarPositions.add(names.size());
            } else {
                if (names.contains(k.arg())) {
                    throw t.errors.at(k.start(), k.end(), "keyword argument repeated: " + k.arg());
                }
                names.add(k.arg());
                values.add(expression(k.value()));
            }
        }
        CallArgumentsNode arguments = new CallArgumentsNode(expressions(positional), starred(positional), names.toArray(new String[0]),
                        values.toArray(new PyExpressionNode[0]), doubleStarred.toArray(new PyExpressionNode[0]),
                        doubleStarPositions.stream().mapToInt(Integer::intValue).toArray());
        if (c.func() instanceof Expr.Attribute a) {
            return new MethodCallNode(expression(a.value()), a.attr(), arguments);
        }
        return new CallNode(expression(c.func()), arguments);
    }

    /** {@code super()} inside a method: becomes {@code super(__class__, first_parameter)}, as CPython does implicitly. */
    private boolean isZeroArgumentSuper(Expr.Call c) {
        Scope scope = t.context.scope;
        return c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() &&
                        scope.kind == Scope.Kind.FUNCTION && !scope.parameters.isEmpty() && t.context.binding("super") == Scope.Binding.GLOBAL_IMPLICIT &&
                        t.context.binding(ScopeAnalyzer.CLASS_CELL) == Scope.Binding.FREE;
    }

    /** A call with one positional argument, as decorators make. */
    PyExpressionNode callWith(PyExpressionNode callee, PyExpressionNode argument, Node ast) {
        CallArgumentsNode arguments = new CallArgumentsNode(new PyExpressionNode[]{argument}, new boolean[1], new String[0], new PyExpressionNode[0],
                        new PyExpressionNode[0], new int[0]);
        return t.at(new CallNode(callee, arguments), ast);
    }

    private PyExpressionNode dict(Expr.Dict d) {
        PyExpressionNode[] keys = new PyExpressionNode[d.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = d.keys().get(i) == null ? null : expression(d.keys().get(i));
        }
        return new DictDisplayNode(keys, expressionsPlain(d.values()));
    }

    private PyExpressionNode joinedStr(Expr.JoinedStr j) {
        PyExpressionNode[] parts = new PyExpressionNode[j.values().size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = expression(j.values().get(i));
        }
        return new JoinedStrNode(parts);
    }

    private PyExpressionNode formattedValue(Expr.FormattedValue f) {
        return new FormattedValueNode(expression(f.value()), f.conversion(), f.formatSpec() == null ? null : expression(f.formatSpec()));
    }

    // ---- names and targets

    PyExpressionNode readName(String id) {
        FunctionContext context = t.context;
        return switch (context.binding(id)) {
            case LOCAL -> ReadLocalNodeGen.create(context.slot(id), id);
            case CELL -> new ReadCellNode(context.slot(id), id, false);
            case FREE -> new ReadCellNode(context.slot(id), id, true);
            case CLASS_LOCAL -> new org.tessera.lang.nodes.klass.ReadClassNameNode(context.namespaceSlot, id);
            default -> t.inlineLocation != null && context.parent == null ? new org.tessera.lang.nodes.root.InlineReadNameNode(t.inlineLocation, id)
                            : new ReadGlobalNode(id, context.isModuleLevel());
        };
    }

    /** A target that assigns {@code id} (the value comes from the caller through executeWrite). */
    WriteTargetNode nameTarget(String id, int start, int end) {
        return t.at(nameWrite(id, null), start, end);
    }

    private WriteTargetNode nameWrite(String id, PyExpressionNode value) {
        FunctionContext context = t.context;
        return switch (context.binding(id)) {
            case LOCAL -> WriteLocalNodeGen.create(context.slot(id), id, value);
            case CELL, FREE -> new WriteCellNode(value, context.slot(id), id);
            case CLASS_LOCAL -> new org.tessera.lang.nodes.klass.WriteClassNameNode(context.namespaceSlot, id, value);
            default -> new WriteGlobalNode(value, id, context.isModuleLevel());
        };
    }

    /** {@code id = value} as a statement. */
    PyStatementNode assign(String id, PyExpressionNode value, Node ast) {
        return t.at(nameWrite(id, value), ast);
    }

    /** A target assigned through executeWrite: names, attributes, items and unpacking. */
    WriteTargetNode target(Expr target) {
        WriteTargetNode node = switch (target) {
            case Expr.Name n -> nameWrite(n.id(), null);
            case Expr.Attribute a -> new SetAttributeNode(expression(a.value()), a.attr(), null);
            case Expr.Subscript s -> new SetItemNode(expression(s.value()), expression(s.slice()), null);
            case Expr.Tuple tu -> unpack(tu.elts(), null, target);
            case Expr.ListExpr l -> unpack(l.elts(), null, target);
            case Expr.Starred s -> throw t.errors.at(s.start(), s.end(), "starred assignment target must be in a list or tuple");
            default -> throw t.errors.at(target.start(), target.end(), "cannot assign to " + describe(target));
        };
        return t.at(node, target);
    }

    /** {@code target = value} as a statement, with the value as the target's child where possible. */
    PyStatementNode targetWithValue(Expr target, PyExpressionNode value) {
        PyStatementNode node = switch (target) {
            case Expr.Name n -> nameWrite(n.id(), value);
            case Expr.Attribute a -> new SetAttributeNode(expression(a.value()), a.attr(), value);
            case Expr.Subscript s -> new SetItemNode(expression(s.value()), expression(s.slice()), value);
            case Expr.Tuple tu -> unpack(tu.elts(), value, target);
            case Expr.ListExpr l -> unpack(l.elts(), value, target);
            default -> throw t.errors.at(target.start(), target.end(), "cannot assign to " + describe(target));
        };
        return t.at(node, target);
    }

    private UnpackNode unpack(List<Expr> elements, PyExpressionNode value, Expr whole) {
        WriteTargetNode[] targets = new WriteTargetNode[elements.size()];
        int starIndex = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr e = elements.get(i);
            if (e instanceof Expr.Starred s) {
                if (starIndex >= 0) {
                    throw t.errors.at(whole.start(), whole.end(), "multiple starred expressions in assignment");
                }
                starIndex = i;
                targets[i] = target(s.value());
            } else {
                targets[i] = target(e);
            }
        }
        return new UnpackNode(value, targets, starIndex);
    }

    /** How CPython's error messages name an expression kind ("literal", "function call"...). */
    static String describe(Expr expr) {
        return switch (expr) {
            case Expr.Constant c -> "literal";
            case Expr.Call c -> "function call";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.BoolOp b -> "expression";
            case Expr.Compare c -> "comparison";
            case Expr.Lambda l -> "lambda";
            case Expr.IfExp i -> "conditional expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Set s -> "set display";
            case Expr.Dict d -> "dict literal";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.NamedExpr n -> "named expression";
            default -> "expression";
        };
    }
}
