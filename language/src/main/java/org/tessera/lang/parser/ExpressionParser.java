package org.tessera.lang.parser;

import static org.tessera.lang.parser.TokenKind.ASYNC;
import static org.tessera.lang.parser.TokenKind.COLON;
import static org.tessera.lang.parser.TokenKind.COLONEQUAL;
import static org.tessera.lang.parser.TokenKind.COMMA;
import static org.tessera.lang.parser.TokenKind.DOT;
import static org.tessera.lang.parser.TokenKind.DOUBLESTAR;
import static org.tessera.lang.parser.TokenKind.ELSE;
import static org.tessera.lang.parser.TokenKind.EQUAL;
import static org.tessera.lang.parser.TokenKind.FOR;
import static org.tessera.lang.parser.TokenKind.FROM;
import static org.tessera.lang.parser.TokenKind.IF;
import static org.tessera.lang.parser.TokenKind.IN;
import static org.tessera.lang.parser.TokenKind.LAMBDA;
import static org.tessera.lang.parser.TokenKind.LBRACE;
import static org.tessera.lang.parser.TokenKind.LPAR;
import static org.tessera.lang.parser.TokenKind.LSQB;
import static org.tessera.lang.parser.TokenKind.NAME;
import static org.tessera.lang.parser.TokenKind.NOT;
import static org.tessera.lang.parser.TokenKind.RBRACE;
import static org.tessera.lang.parser.TokenKind.RPAR;
import static org.tessera.lang.parser.TokenKind.RSQB;
import static org.tessera.lang.parser.TokenKind.STAR;
import static org.tessera.lang.parser.TokenKind.STRING;
import static org.tessera.lang.parser.TokenKind.YIELD;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.tessera.lang.parser.ast.Arguments;
import org.tessera.lang.parser.ast.BoolOperator;
import org.tessera.lang.parser.ast.CmpOperator;
import org.tessera.lang.parser.ast.Comprehension;
import org.tessera.lang.parser.ast.Ctx;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Keyword;
import org.tessera.lang.parser.ast.Operator;
import org.tessera.lang.parser.ast.Singleton;
import org.tessera.lang.parser.ast.UnaryOperator;

/**
 * Expressions, from {@code star_expressions} down to atoms, following the rules of CPython 3.11's
 * {@code Grammar/python.gram} (named in the comments); {@link ExpressionErrorRules} has their
 * {@code invalid_*} checks.
 * Binary operators are parsed by precedence climbing and unary operator and power chains
 * iteratively, so that only brackets, lambdas and conditional expressions nest the Java stack.
 */
class ExpressionParser extends ExpressionErrorRules {
    // Rule identities for memoisation in the second pass.
    private static final int EXPRESSION = 1;
    private static final int DISJUNCTION = 2;
    private static final int CONJUNCTION = 3;
    private static final int INVERSION = 4;
    private static final int BITWISE_OR = 5;
    private static final int STAR_EXPRESSION = 6;
    private static final int PRIMARY = 7;
    private static final int ATOM = 8;
    private static final int ARGUMENTS = 9;
    private static final int STRINGS = 10;

    ExpressionParser(Tokenizer tokenizer, Parser.Mode mode) {
        super(tokenizer, mode);
    }

    // ---------------------------------------------------------------- star_expressions and friends

    /** expressions: expression (',' expression)* [','] */
    final Expr expressions() {
        int start = start();
        Expr first = expression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && !at(STAR) && addIfParsed(elts, this::expression)) {
            continue;
        }
        return new Expr.Tuple(elts, Ctx.Load, start, prevEnd());
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    @Override
    final Expr starExpressions() {
        int start = start();
        Expr first = starExpression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && addIfParsed(elts, this::starExpression)) {
            continue;
        }
        return new Expr.Tuple(elts, Ctx.Load, start, prevEnd());
    }

    /** star_expression: '*' bitwise_or | expression */
    @Override
    final Expr starExpression() {
        return memoizing() ? memoized(STAR_EXPRESSION, this::starExpressionRule) : starExpressionRule();
    }

    private Expr starExpressionRule() {
        return at(STAR) ? starredBitwiseOr() : expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    @Override
    final Expr starNamedExpression() {
        return at(STAR) ? starredBitwiseOr() : namedExpression();
    }

    /** '*' bitwise_or: the unpacking element of a display or an expression list. */
    private Expr starredBitwiseOr() {
        int start = next().start();
        Expr value = bitwiseOr();
        return new Expr.Starred(value, Ctx.Load, start, prevEnd());
    }

    /** star_named_expressions after a first element: (',' star_named_expression)* [','] */
    private List<Expr> moreStarNamedExpressions(Expr first, TokenKind closer) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && !at(closer) && addIfParsed(elts, this::starNamedExpression)) {
            continue;
        }
        return elts;
    }

    /** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
    final Expr namedExpression() {
        if (invalidRules && !at(NAME, COLONEQUAL)) {
            invalidNamedExpression();
        }
        return namedOrPlainExpression();
    }

    /** assignment_expression: NAME ':=' ~ expression */
    private Expr assignmentExpression() {
        Token name = next();
        next();
        Expr value = expression();
        return new Expr.NamedExpr(new Expr.Name(name.name(), Ctx.Store, name.start(), name.end()), value, name.start(), prevEnd());
    }

    /** (assignment_expression | expression !':='), as in generator expressions and call arguments. */
    private Expr namedOrPlainExpression() {
        if (at(NAME, COLONEQUAL)) {
            return assignmentExpression();
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw FAILURE;
        }
        return e;
    }

    /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
    @Override
    final Expr expression() {
        return memoizing() ? memoized(EXPRESSION, this::expressionRule) : expressionRule();
    }

    private Expr expressionRule() {
        enterNesting();
        try {
            if (invalidRules) {
                invalidExpression();
                invalidLegacyExpression();
            }
            return conditionalOrLambda();
        } finally {
            exitNesting();
        }
    }

    @Override
    final Expr conditionalOrLambda() {
        if (at(LAMBDA)) {
            return lambdef();
        }
        int start = start();
        Expr body = disjunction();
        if (at(IF)) {
            int mark = pos;
            next();
            try {
                Expr test = disjunction();
                if (accept(ELSE)) {
                    Expr orElse = expression();
                    return new Expr.IfExp(test, body, orElse, start, prevEnd());
                }
            } catch (ParseFailure failure) {
                // Not a conditional expression after all: the disjunction alone is the expression.
            }
            pos = mark;
        }
        return body;
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    final Expr yieldExpression() {
        int start = next().start();
        if (accept(FROM)) {
            Expr value = expression();
            return new Expr.YieldFrom(value, start, prevEnd());
        }
        Expr value = kind().startsExpression() ? tryParse(this::starExpressions) : null;
        return new Expr.Yield(value, start, prevEnd());
    }

    // ---------------------------------------------------------------- boolean operators and comparisons

    /** disjunction: conjunction ('or' conjunction)* */
    @Override
    final Expr disjunction() {
        return memoizing() ? memoized(DISJUNCTION, () -> boolOperation(BoolOperator.Or)) : boolOperation(BoolOperator.Or);
    }

    private Expr conjunction() {
        return memoizing() ? memoized(CONJUNCTION, () -> boolOperation(BoolOperator.And)) : boolOperation(BoolOperator.And);
    }

    private Expr boolOperation(BoolOperator op) {
        TokenKind operatorToken = op == BoolOperator.Or ? TokenKind.OR : TokenKind.AND;
        int start = start();
        Expr first = op == BoolOperator.Or ? conjunction() : inversion();
        if (!at(operatorToken)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (at(operatorToken)) {
            int beforeOperator = pos;
            next();
            Expr operand = tryParse(op == BoolOperator.Or ? this::conjunction : this::inversion);
            if (operand == null) {
                pos = beforeOperator;
                break;
            }
            values.add(operand);
        }
        if (values.size() == 1) {
            return first;
        }
        return new Expr.BoolOp(op, values, start, prevEnd());
    }

    /** inversion: 'not' inversion | comparison */
    private Expr inversion() {
        return memoizing() ? memoized(INVERSION, this::inversionRule) : inversionRule();
    }

    private Expr inversionRule() {
        if (!at(NOT)) {
            return comparison();
        }
        List<Integer> starts = new ArrayList<>();
        while (at(NOT)) {
            starts.add(next().start());
        }
        Expr operand = comparison();
        int end = prevEnd();
        for (int i = starts.size() - 1; i >= 0; i--) {
            operand = new Expr.UnaryOp(UnaryOperator.Not, operand, starts.get(i), end);
        }
        return operand;
    }

    /** comparison: bitwise_or (compare_op bitwise_or)* */
    private Expr comparison() {
        int start = start();
        Expr left = bitwiseOr();
        CmpOperator op = comparisonOperator();
        if (op == null) {
            return left;
        }
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            int beforeOperator = pos;
            pos += op == CmpOperator.NotIn || op == CmpOperator.IsNot ? 2 : 1;
            Expr comparator = tryParse(this::bitwiseOr);
            if (comparator == null) {
                pos = beforeOperator;
                break;
            }
            ops.add(op);
            comparators.add(comparator);
            op = comparisonOperator();
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, comparators, start, prevEnd());
    }

    private CmpOperator comparisonOperator() {
        return switch (kind()) {
            case EQEQUAL -> CmpOperator.Eq;
            case NOTEQUAL -> CmpOperator.NotEq;
            case LESS -> CmpOperator.Lt;
            case LESSEQUAL -> CmpOperator.LtE;
            case GREATER -> CmpOperator.Gt;
            case GREATEREQUAL -> CmpOperator.GtE;
            case IN -> CmpOperator.In;
            case NOT -> peek(1).kind() == IN ? CmpOperator.NotIn : null;
            case IS -> peek(1).kind() == NOT ? CmpOperator.IsNot : CmpOperator.Is;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- arithmetic

    /** bitwise_or, and below it bitwise_xor, bitwise_and, shift_expr, sum and term. */
    @Override
    final Expr bitwiseOr() {
        return memoizing() ? memoized(BITWISE_OR, () -> binary(1)) : binary(1);
    }

    private static Operator binaryOperator(TokenKind kind) {
        return switch (kind) {
            case VBAR -> Operator.BitOr;
            case CIRCUMFLEX -> Operator.BitXor;
            case AMPER -> Operator.BitAnd;
            case LEFTSHIFT -> Operator.LShift;
            case RIGHTSHIFT -> Operator.RShift;
            case PLUS -> Operator.Add;
            case MINUS -> Operator.Sub;
            case STAR -> Operator.Mult;
            case SLASH -> Operator.Div;
            case DOUBLESLASH -> Operator.FloorDiv;
            case PERCENT -> Operator.Mod;
            case AT -> Operator.MatMult;
            default -> null;
        };
    }

    private static int precedence(Operator op) {
        return switch (op) {
            case BitOr -> 1;
            case BitXor -> 2;
            case BitAnd -> 3;
            case LShift, RShift -> 4;
            case Add, Sub -> 5;
            default -> 6;
        };
    }

    private Expr binary(int minPrecedence) {
        int start = start();
        Expr left = factor();
        while (true) {
            Operator op = binaryOperator(kind());
            if (op == null || precedence(op) < minPrecedence) {
                return left;
            }
            int beforeOperator = pos;
            next();
            Expr right = tryParse(() -> binary(precedence(op) + 1));
            if (right == null) {
                pos = beforeOperator;
                return left;
            }
            left = new Expr.BinOp(left, op, right, start, prevEnd());
        }
    }

    private static UnaryOperator unaryOperator(TokenKind kind) {
        return switch (kind) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            case TILDE -> UnaryOperator.Invert;
            default -> null;
        };
    }

    /**
     * factor: ('+' | '-' | '~') factor | power, and power: primary ['**' factor]. The chain of
     * prefix operators and right-associative powers is collected first and built inside out.
     */
    private Expr factor() {
        if (unaryOperator(kind()) == null) {
            int start = start();
            Expr base = primary();
            if (!at(TokenKind.DOUBLESTAR)) {
                return base;
            }
            return powerChain(start, base);
        }
        return powerChain(-1, null);
    }

    /** A prefix operator, or a power's base awaiting its exponent, in a factor being parsed. */
    private record PendingOperator(UnaryOperator unary, Expr base, int start) {
    }

    private Expr powerChain(int firstStart, Expr firstBase) {
        List<PendingOperator> pending = new ArrayList<>();
        // Where the last '**' is, and its base's index in pending: if its exponent does not
        // parse, the power is just its base, as when CPython's power rule falls back.
        int lastPower = -1;
        int lastBase = -1;
        if (firstBase != null) {
            lastPower = pos;
            lastBase = 0;
            pending.add(new PendingOperator(null, firstBase, firstStart));
            next();
        }
        Expr operand;
        while (true) {
            UnaryOperator op = unaryOperator(kind());
            if (op != null) {
                pending.add(new PendingOperator(op, null, next().start()));
                continue;
            }
            int start = start();
            Expr base = tryParse(this::primary);
            if (base == null) {
                if (lastPower < 0) {
                    throw FAILURE;
                }
                pos = lastPower;
                operand = pending.get(lastBase).base();
                pending.subList(lastBase, pending.size()).clear();
                break;
            }
            if (!at(TokenKind.DOUBLESTAR)) {
                operand = base;
                break;
            }
            lastPower = pos;
            lastBase = pending.size();
            next();
            pending.add(new PendingOperator(null, base, start));
        }
        int end = prevEnd();
        for (int i = pending.size() - 1; i >= 0; i--) {
            PendingOperator p = pending.get(i);
            operand = p.unary() != null ? new Expr.UnaryOp(p.unary(), operand, p.start(), end)
                            : new Expr.BinOp(p.base(), Operator.Pow, operand, p.start(), end);
        }
        return operand;
    }

    // ---------------------------------------------------------------- primaries

    /** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
    final Expr primary() {
        return memoizing() ? memoized(PRIMARY, this::primaryRule) : primaryRule();
    }

    private Expr primaryRule() {
        int start = start();
        Expr e = atom();
        while (true) {
            if (invalidRules && (at(LSQB) || at(LBRACE))) {
                // CPython's `primary genexp` alternative comes first, and genexp's
                // invalid_comprehension also accepts '[' and '{'.
                invalidComprehension(kind());
            }
            Expr base = e;
            Expr extended = switch (kind()) {
                case DOT -> tryParse(() -> attribute(base, start));
                case LPAR -> tryParse(() -> call(base, start));
                case LSQB -> tryParse(() -> subscript(base, start));
                default -> null;
            };
            if (extended == null) {
                // A trailer that does not parse is not part of the primary, as in CPython's left-recursive rule.
                return e;
            }
            e = extended;
        }
    }

    private Expr attribute(Expr value, int start) {
        next();
        Token name = expect(NAME);
        return new Expr.Attribute(value, name.name(), Ctx.Load, start, prevEnd());
    }

    private Expr subscript(Expr value, int start) {
        next();
        Expr slice = slices();
        expect(RSQB);
        return new Expr.Subscript(value, slice, Ctx.Load, start, prevEnd());
    }

    /** The call trailer: '(' genexp-body ')' (CPython's {@code primary genexp}) or '(' [arguments] ')'. */
    private Expr call(Expr function, int start) {
        Token open = next();
        if (accept(RPAR)) {
            return new Expr.Call(function, List.of(), List.of(), start, prevEnd());
        }
        int mark = pos;
        // The genexp form comes first; the first pass keeps its first expression for the arguments.
        boolean plainFirst = !(at(STAR) || at(DOUBLESTAR) || at(NAME, EQUAL));
        Expr first = plainFirst ? tryParse(this::namedOrPlainExpression) : null;
        if (first == null && plainFirst && !invalidRules) {
            // the arguments would begin with the same expression, which does not parse: parsing it
            // again would double the work at every level of nested calls (2^depth on bad input)
            throw FAILURE;
        }
        if (first != null && (at(FOR) || at(ASYNC))) {
            int afterFirst = pos;
            List<Comprehension> generators = tryParse(this::forIfClauses);
            if (generators != null && accept(RPAR)) {
                Expr generator = new Expr.GeneratorExp(first, generators, open.start(), prevEnd());
                return new Expr.Call(function, List.of(generator), List.of(), start, prevEnd());
            }
            // not a generator expression: the arguments go on from the first one (parsed once)
            pos = afterFirst;
        }
        if (invalidRules) {
            pos = mark - 1;
            invalidComprehension(LPAR);
            // The second pass follows the grammar literally: the arguments rule starts afresh.
            first = null;
        }
        if (first == null) {
            pos = mark;
        }
        ArgumentList arguments = arguments(first, tokenAt(mark).start());
        expect(RPAR);
        return new Expr.Call(function, arguments.args(), arguments.keywords(), start, prevEnd());
    }

    /** The bases of a class definition: '(' [arguments] ')' without the generator-expression form. */
    final ArgumentList classArguments() {
        expect(LPAR);
        ArgumentList arguments = at(RPAR) ? new ArgumentList(List.of(), List.of(), start(), start()) : arguments(null, start());
        expect(RPAR);
        return arguments;
    }

    /**
     * arguments: args [','] &')' | invalid_arguments. {@code first} is a first positional
     * argument already parsed by the caller, or null.
     */
    private ArgumentList arguments(Expr first, int start) {
        if (first == null && memoizing()) {
            return memoized(ARGUMENTS, () -> argumentsRule(null, start));
        }
        return argumentsRule(first, start);
    }

    private ArgumentList argumentsRule(Expr first, int start) {
        int mark = pos;
        try {
            ArgumentList arguments = args(first, start);
            accept(COMMA);
            if (!at(RPAR)) {
                throw FAILURE;
            }
            return arguments;
        } catch (ParseFailure failure) {
            if (!invalidRules) {
                throw failure;
            }
            pos = mark;
            invalidArguments();
            throw failure;
        }
    }

    /**
     * args: positional arguments (starred or not), then keyword arguments and starred ones, then
     * keyword arguments and double-starred ones; commas between, none consumed at the end.
     */
    @Override
    final ArgumentList args(Expr first, int start) {
        List<Expr> positional = positionalArguments(first);
        List<Keyword> keywords = new ArrayList<>();
        if (positional.isEmpty()) {
            keywordArguments(positional, keywords);
        } else if (at(COMMA)) {
            int beforeComma = pos;
            next();
            if (!tryParse(() -> keywordArguments(positional, keywords))) {
                pos = beforeComma;
            }
        }
        return new ArgumentList(positional, keywords, start, prevEnd());
    }

    /**
     * ','.(starred_expression | (assignment_expression | expression !':=') !'=')+, or an empty
     * list if there is no such argument. {@code first} is the first one if already parsed.
     */
    @Override
    final List<Expr> positionalArguments(Expr first) {
        List<Expr> positional = new ArrayList<>();
        Expr item = first != null ? checkedPositional(first) : tryParse(this::positionalArgument);
        if (item == null) {
            return positional;
        }
        positional.add(item);
        while (at(COMMA)) {
            int beforeComma = pos;
            next();
            item = tryParse(this::positionalArgument);
            if (item == null) {
                pos = beforeComma;
                break;
            }
            positional.add(item);
        }
        return positional;
    }

    /**
     * Where a starred argument last failed to parse in the first pass: the keyword arguments, which
     * take starred ones too, do not parse it again (each nesting level would double the work).
     */
    private int failedStarredArgument = -1;

    /** starred_expression | (assignment_expression | expression !':=') !'=' */
    private Expr positionalArgument() {
        if (at(STAR)) {
            int at = pos;
            try {
                return starredExpression();
            } catch (ParseFailure failure) {
                failedStarredArgument = at;
                throw failure;
            }
        }
        return checkedPositional(namedOrPlainExpression());
    }

    private Expr checkedPositional(Expr e) {
        if (at(EQUAL)) {
            throw FAILURE;
        }
        return e;
    }

    /** starred_expression: '*' expression */
    @Override
    final Expr starredExpression() {
        int start = expect(STAR).start();
        Expr value = expression();
        return new Expr.Starred(value, Ctx.Load, start, prevEnd());
    }

    /**
     * kwargs: keyword or starred arguments, then keyword or double-starred ones, separated by
     * commas. Starred ones join the positional arguments, as in CPython's AST.
     */
    @Override
    final void keywordArguments(List<Expr> positional, List<Keyword> keywords) {
        boolean doubleStarred = false;
        int count = 0;
        while (true) {
            int beforeItem = pos;
            try {
                if (invalidRules) {
                    invalidKeywordArgument();
                }
                int start = start();
                if (at(NAME, EQUAL)) {
                    Token name = next();
                    next();
                    Expr value = expression();
                    keywords.add(new Keyword(name.name(), value, start, prevEnd()));
                } else if (at(STAR) && !doubleStarred) {
                    if (pos == failedStarredArgument && !invalidRules) {
                        throw FAILURE;
                    }
                    positional.add(starredExpression());
                } else if (at(DOUBLESTAR)) {
                    next();
                    Expr value = expression();
                    keywords.add(new Keyword(null, value, start, prevEnd()));
                    doubleStarred = true;
                } else {
                    throw FAILURE;
                }
            } catch (ParseFailure failure) {
                if (count == 0) {
                    throw failure;
                }
                // The item after the last comma is not an argument: leave the comma to the caller.
                pos = beforeItem - 1;
                return;
            }
            count++;
            if (!at(COMMA)) {
                return;
            }
            next();
        }
    }

    // ---------------------------------------------------------------- slices

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    private Expr slices() {
        int start = start();
        Expr first = sliceOrStarred();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            Expr next = tryParse(this::sliceOrStarred);
            if (next == null) {
                break;
            }
            elts.add(next);
        }
        return new Expr.Tuple(elts, Ctx.Load, start, prevEnd());
    }

    private Expr sliceOrStarred() {
        return at(STAR) ? starredExpression() : slice();
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    private Expr slice() {
        int start = start();
        if (at(NAME, COLONEQUAL)) {
            return assignmentExpression();
        }
        Expr lower = null;
        if (!at(COLON)) {
            int mark = pos;
            lower = expression();
            if (!at(COLON)) {
                if (invalidRules) {
                    pos = mark;
                    return namedExpression();
                }
                if (at(COLONEQUAL)) {
                    throw FAILURE;
                }
                return lower;
            }
        }
        next();
        Expr upper = optionalExpression();
        Expr step = accept(COLON) ? optionalExpression() : null;
        return new Expr.Slice(lower, upper, step, start, prevEnd());
    }

    /** [expression] */
    private Expr optionalExpression() {
        return kind().startsExpression() ? tryParse(this::expression) : null;
    }

    // ---------------------------------------------------------------- atoms

    /** atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp | list/listcomp | dict/set/comprehensions | '...' */
    @Override
    final Expr atom() {
        return memoizing() ? memoized(ATOM, this::atomRule) : atomRule();
    }

    private Expr atomRule() {
        Token token = peek();
        switch (token.kind()) {
            case NAME -> {
                next();
                return new Expr.Name(token.name(), Ctx.Load, token.start(), token.end());
            }
            case TRUE, FALSE -> {
                next();
                return new Expr.Constant(token.kind() == TokenKind.TRUE, null, token.start(), token.end());
            }
            case NONE -> {
                next();
                return new Expr.Constant(Singleton.None, null, token.start(), token.end());
            }
            case ELLIPSIS -> {
                next();
                return new Expr.Constant(Singleton.Ellipsis, null, token.start(), token.end());
            }
            case NUMBER -> {
                next();
                if (token.value() == null) {
                    throw syntaxErrorAt(token, "complex numbers are not supported");
                }
                return new Expr.Constant(token.value(), null, token.start(), token.end());
            }
            case STRING -> {
                return memoizing() ? memoized(STRINGS, this::strings) : strings();
            }
            case LPAR -> {
                return bracketed(this::parenthesized, LPAR);
            }
            case LSQB -> {
                return bracketed(this::listDisplay, LSQB);
            }
            case LBRACE -> {
                return bracketed(this::braceDisplay, LBRACE);
            }
            default -> throw FAILURE;
        }
    }

    /** Parses a bracketed atom; if it fails in the second pass, tries the checks for its common mistakes. */
    private Expr bracketed(Supplier<Expr> display, TokenKind open) {
        int mark = pos;
        try {
            return display.get();
        } catch (ParseFailure failure) {
            if (!invalidRules) {
                throw failure;
            }
            pos = mark;
            switch (open) {
                case LPAR -> invalidGroup();
                case LBRACE -> {
                    invalidDoubleStarredKeyValuePairs();
                    invalidDictComprehension();
                }
                default -> {
                }
            }
            invalidComprehension(open);
            throw failure;
        }
    }

    /** strings: STRING+, concatenated. */
    private Expr strings() {
        int first = pos;
        while (at(STRING)) {
            next();
        }
        return StringConcatenation.concatenate(this, first, pos);
    }

    /** tuple | group | genexp, after the '(' is seen. */
    private Expr parenthesized() {
        Token open = next();
        if (accept(RPAR)) {
            return new Expr.Tuple(List.of(), Ctx.Load, open.start(), prevEnd());
        }
        if (at(YIELD)) {
            Expr value = yieldExpression();
            expect(RPAR);
            return value;
        }
        Expr first = starNamedExpression();
        if (at(COMMA)) {
            List<Expr> elts = moreStarNamedExpressions(first, RPAR);
            expect(RPAR);
            return new Expr.Tuple(elts, Ctx.Load, open.start(), prevEnd());
        }
        if (first instanceof Expr.Starred) {
            throw FAILURE;
        }
        if (at(FOR) || at(ASYNC)) {
            List<Comprehension> generators = forIfClauses();
            expect(RPAR);
            return new Expr.GeneratorExp(first, generators, open.start(), prevEnd());
        }
        expect(RPAR);
        return first;
    }

    /** list | listcomp, after the '[' is seen. */
    private Expr listDisplay() {
        Token open = next();
        if (accept(RSQB)) {
            return new Expr.ListExpr(List.of(), Ctx.Load, open.start(), prevEnd());
        }
        Expr first = starNamedExpression();
        if ((at(FOR) || at(ASYNC)) && !(first instanceof Expr.Starred)) {
            List<Comprehension> generators = forIfClauses();
            expect(RSQB);
            return new Expr.ListComp(first, generators, open.start(), prevEnd());
        }
        List<Expr> elts = moreStarNamedExpressions(first, RSQB);
        expect(RSQB);
        return new Expr.ListExpr(elts, Ctx.Load, open.start(), prevEnd());
    }

    /** dict | set | dictcomp | setcomp, after the '{' is seen. */
    private Expr braceDisplay() {
        Token open = next();
        if (accept(RBRACE)) {
            return new Expr.Dict(List.of(), List.of(), open.start(), prevEnd());
        }
        if (at(DOUBLESTAR)) {
            return dictDisplay(open, null, null);
        }
        if (at(STAR) || at(NAME, COLONEQUAL)) {
            return setDisplay(open, starNamedExpression());
        }
        int itemStart = pos;
        Expr key = expression();
        if (accept(COLON)) {
            Expr value = expression();
            if (at(FOR) || at(ASYNC)) {
                List<Comprehension> generators = forIfClauses();
                expect(RBRACE);
                return new Expr.DictComp(key, value, generators, open.start(), prevEnd());
            }
            return dictDisplay(open, key, value);
        }
        if (invalidRules) {
            pos = itemStart;
            key = namedExpression();
        } else if (at(COLONEQUAL)) {
            throw FAILURE;
        }
        return setDisplay(open, key);
    }

    /** The rest of a dict display whose first item (if not '**') has been read. */
    private Expr dictDisplay(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstValue != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!accept(COMMA)) {
                expect(RBRACE);
                return new Expr.Dict(keys, values, open.start(), prevEnd());
            }
        }
        do {
            int beforeItem = pos;
            if (!tryParse(() -> keyValuePair(keys, values))) {
                pos = beforeItem;
                break;
            }
        } while (accept(COMMA));
        expect(RBRACE);
        return new Expr.Dict(keys, values, open.start(), prevEnd());
    }

    /** double_starred_kvpair after the first: '**' bitwise_or | kvpair, added to the dict's lists. */
    private void keyValuePair(List<Expr> keys, List<Expr> values) {
        Expr key = null;
        Expr value;
        if (accept(DOUBLESTAR)) {
            value = bitwiseOr();
        } else {
            key = laterKey();
            expect(COLON);
            value = expression();
        }
        keys.add(key);
        values.add(value);
    }

    /**
     * A dict key after the first item. CPython 3.11 does not report mistakes within such a key
     * itself (as "Perhaps you forgot a comma?") but as "':' expected after dictionary key": it
     * behaves as if the key's own invalid_expression check were skipped, so that is done here.
     */
    @Override
    final Expr laterKey() {
        if (!invalidRules) {
            return expression();
        }
        enterNesting();
        try {
            return conditionalOrLambda();
        } finally {
            exitNesting();
        }
    }

    /** The rest of a set display or set comprehension whose first element has been read. */
    private Expr setDisplay(Token open, Expr first) {
        if ((at(FOR) || at(ASYNC)) && !(first instanceof Expr.Starred)) {
            List<Comprehension> generators = forIfClauses();
            expect(RBRACE);
            return new Expr.SetComp(first, generators, open.start(), prevEnd());
        }
        List<Expr> elts = moreStarNamedExpressions(first, RBRACE);
        expect(RBRACE);
        return new Expr.Set(elts, open.start(), prevEnd());
    }

    // ---------------------------------------------------------------- comprehensions

    /** for_if_clauses: for_if_clause+ */
    @Override
    final List<Comprehension> forIfClauses() {
        List<Comprehension> clauses = new ArrayList<>();
        clauses.add(forIfClause());
        while (at(FOR) || at(ASYNC)) {
            Comprehension clause = tryParse(this::forIfClause);
            if (clause == null) {
                break;
            }
            clauses.add(clause);
        }
        return clauses;
    }

    /** for_if_clause: 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target */
    private Comprehension forIfClause() {
        int mark = pos;
        Expr target;
        try {
            expect(FOR);
            target = starTargets();
            expect(IN);
        } catch (ParseFailure failure) {
            if (invalidRules && tokenAt(mark).kind() == FOR) {
                pos = mark;
                invalidForTarget();
            }
            throw failure;
        }
        Expr iter = disjunction();
        List<Expr> ifs = new ArrayList<>();
        while (at(IF)) {
            int beforeIf = pos;
            next();
            Expr condition = tryParse(this::disjunction);
            if (condition == null) {
                pos = beforeIf;
                break;
            }
            ifs.add(condition);
        }
        return new Comprehension(target, iter, ifs, 0);
    }

    // ---------------------------------------------------------------- lambda

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    private Expr lambdef() {
        int start = next().start();
        Arguments arguments = parameters(true);
        expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(arguments, body, start, prevEnd());
    }

    // ---------------------------------------------------------------- targets

    /** star_targets: star_target (',' star_target)* [','] */
    final Expr starTargets() {
        int start = start();
        Expr first = starTarget();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && addIfParsed(elts, this::starTarget)) {
            continue;
        }
        return new Expr.Tuple(elts, Ctx.Store, start, prevEnd());
    }

    /** star_target: '*' (!'*' star_target) | target_with_star_atom */
    final Expr starTarget() {
        if (at(STAR)) {
            int start = next().start();
            if (at(STAR)) {
                throw FAILURE;
            }
            Expr value = starTarget();
            return new Expr.Starred(value, Ctx.Store, start, prevEnd());
        }
        return target(Ctx.Store);
    }

    /** A target read as a primary, then given its context; fails if it is not a valid target. */
    final Expr target(Ctx ctx) {
        Expr target = Targets.withContext(primary(), ctx);
        if (target == null) {
            throw FAILURE;
        }
        return target;
    }
}
