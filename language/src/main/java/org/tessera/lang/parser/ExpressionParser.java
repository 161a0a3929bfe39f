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
 * {@code Grammar/python.gram} (named in the comments), and their {@code invalid_*} checks.
 * Binary operators are parsed by precedence climbing and unary operator and power chains
 * iteratively, so that only brackets, lambdas and conditional expressions nest the Java stack.
 */
class ExpressionParser extends ParameterParser {
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

    /** A call's arguments, as CPython's dummy {@code Call} node for the {@code args} rule. */
    record ArgumentList(List<Expr> args, List<Keyword> keywords, int start, int end) {
    }

    ExpressionParser(Tokenizer tokenizer, boolean interactive) {
        super(tokenizer, interactive);
    }

    // ---------------------------------------------------------------- star_expressions and friends

    /** Whether a token of this kind can begin an expression (star_expression). */
    static boolean startsExpression(TokenKind kind) {
        return switch (kind) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, NONE, TRUE, FALSE, ELLIPSIS, STAR -> true;
            default -> false;
        };
    }

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

    /**
     * Parses one more element of a comma-separated list into {@code elts}. As in CPython's PEG
     * loops, an element that does not parse ends the list (the comma before it is then a
     * trailing comma) instead of failing the whole list.
     */
    final boolean addIfParsed(List<Expr> elts, Supplier<Expr> element) {
        if (!startsExpression(kind())) {
            return false;
        }
        Expr e = tryParse(element);
        if (e == null) {
            return false;
        }
        elts.add(e);
        return true;
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
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
        if (at(STAR)) {
            int start = next().start();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.Load, start, prevEnd());
        }
        return expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    final Expr starNamedExpression() {
        if (at(STAR)) {
            int start = next().start();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, Ctx.Load, start, prevEnd());
        }
        return namedExpression();
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
        if (at(NAME, COLONEQUAL)) {
            return assignmentExpression();
        }
        if (invalidRules) {
            invalidNamedExpression();
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw FAILURE;
        }
        return e;
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

    private Expr conditionalOrLambda() {
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
        Expr value = startsExpression(kind()) ? tryParse(this::starExpressions) : null;
        return new Expr.Yield(value, start, prevEnd());
    }

    // ---------------------------------------------------------------- boolean operators and comparisons

    /** disjunction: conjunction ('or' conjunction)* */
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

    private Expr powerChain(int firstStart, Expr firstBase) {
        // Pending operators, innermost last: a unary operator, or a power's base awaiting its exponent.
        List<Object> pending = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        // Where the last '**' is, and its base's index in pending: if its exponent does not
        // parse, the power is just its base, as when CPython's power rule falls back.
        int lastPower = -1;
        int lastBase = -1;
        Expr operand;
        if (firstBase != null) {
            lastPower = pos;
            lastBase = 0;
            pending.add(firstBase);
            starts.add(firstStart);
            next();
        }
        while (true) {
            UnaryOperator op = unaryOperator(kind());
            if (op != null) {
                pending.add(op);
                starts.add(next().start());
                continue;
            }
            int start = start();
            Expr base = tryParse(this::primary);
            if (base == null) {
                if (lastPower < 0) {
                    throw FAILURE;
                }
                pos = lastPower;
                operand = (Expr) pending.get(lastBase);
                pending.subList(lastBase, pending.size()).clear();
                starts.subList(lastBase, starts.size()).clear();
                break;
            }
            if (!at(TokenKind.DOUBLESTAR)) {
                operand = base;
                break;
            }
            lastPower = pos;
            lastBase = pending.size();
            next();
            pending.add(base);
            starts.add(start);
        }
        int end = prevEnd();
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i) instanceof UnaryOperator op) {
                operand = new Expr.UnaryOp(op, operand, starts.get(i), end);
            } else {
                operand = new Expr.BinOp((Expr) pending.get(i), Operator.Pow, operand, starts.get(i), end);
            }
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
        Expr first = null;
        if (!at(STAR) && !at(DOUBLESTAR) && !at(NAME, EQUAL)) {
            // CPython tries `primary genexp` first; the first pass keeps the expression for `arguments`.
            first = tryParse(this::namedOrPlainExpression);
            if (first != null && (at(FOR) || at(ASYNC))) {
                List<Comprehension> generators = tryParse(this::forIfClauses);
                if (generators != null && accept(RPAR)) {
                    Expr generator = new Expr.GeneratorExp(first, generators, open.start(), prevEnd());
                    return new Expr.Call(function, List.of(generator), List.of(), start, prevEnd());
                }
                first = null;
            }
            if (invalidRules) {
                pos = mark - 1;
                invalidComprehension(LPAR);
            }
            if (first == null || invalidRules) {
                // The second pass follows the grammar literally: the arguments rule starts afresh.
                pos = mark;
                first = null;
            }
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
    private ArgumentList args(Expr first, int start) {
        List<Expr> positional = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        Expr item = first != null ? checkedPositional(first) : tryParse(this::positionalArgument);
        if (item != null) {
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
            if (at(COMMA)) {
                int beforeComma = pos;
                next();
                if (!tryParse(() -> keywordArguments(positional, keywords))) {
                    pos = beforeComma;
                }
            }
        } else {
            keywordArguments(positional, keywords);
        }
        return new ArgumentList(positional, keywords, start, prevEnd());
    }

    /** starred_expression | (assignment_expression | expression !':=') !'=' */
    private Expr positionalArgument() {
        if (at(STAR)) {
            return starredExpression();
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
    private Expr starredExpression() {
        int start = expect(STAR).start();
        Expr value = expression();
        return new Expr.Starred(value, Ctx.Load, start, prevEnd());
    }

    /**
     * kwargs: keyword or starred arguments, then keyword or double-starred ones, separated by
     * commas. Starred ones join the positional arguments, as in CPython's AST.
     */
    private void keywordArguments(List<Expr> positional, List<Keyword> keywords) {
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
        Expr first = at(STAR) ? starredExpression() : slice();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) && !at(RSQB)) {
            elts.add(at(STAR) ? starredExpression() : slice());
        }
        return new Expr.Tuple(elts, Ctx.Load, start, prevEnd());
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
        return startsExpression(kind()) ? tryParse(this::expression) : null;
    }

    // ---------------------------------------------------------------- atoms

    /** atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp | list/listcomp | dict/set/comprehensions | '...' */
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
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(laterKey());
                expect(COLON);
                values.add(expression());
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        return new Expr.Dict(keys, values, open.start(), prevEnd());
    }

    /**
     * A dict key after the first item. CPython 3.11 does not report mistakes within such a key
     * itself (as "Perhaps you forgot a comma?") but as "':' expected after dictionary key": it
     * behaves as if the key's own invalid_expression check were skipped, so that is done here.
     */
    private Expr laterKey() {
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
    final List<Comprehension> forIfClauses() {
        List<Comprehension> clauses = new ArrayList<>();
        do {
            clauses.add(forIfClause());
        } while (at(FOR) || at(ASYNC));
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
        while (accept(IF)) {
            ifs.add(disjunction());
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

    // ---------------------------------------------------------------- second-pass checks

    /**
     * CPython's SOFT_KEYWORD token test. It compares only as many characters as the name has, so
     * any prefix of a soft keyword ("c", "ma", ...) counts as one: this quirk decides where
     * "Perhaps you forgot a comma?" is suggested, so it is reproduced.
     */
    private static boolean isSoftKeyword(Token token) {
        if (token.kind() != NAME) {
            return false;
        }
        String name = token.name();
        return "_".startsWith(name) || "case".startsWith(name) || "match".startsWith(name);
    }

    /** CPython's {@code _PyPegen_check_legacy_stmt}: print and exec statements of Python 2. */
    private static boolean isLegacyStatementName(Expr e) {
        return e instanceof Expr.Name name && (name.id().equals("print") || name.id().equals("exec"));
    }

    /**
     * invalid_expression: two expressions side by side inside brackets ("Perhaps you forgot a
     * comma?"), or a conditional expression without 'else'.
     */
    private void invalidExpression() {
        int mark = pos;
        if (!(at(NAME) && peek(1).kind() == STRING) && !isSoftKeyword(peek())) {
            Expr a = tryParse(this::disjunction);
            if (a != null) {
                Expr b = tryParse(() -> withoutInvalidRules(this::conditionalOrLambda));
                if (b != null && !isLegacyStatementName(a) && prevToken().level() != 0) {
                    throw syntaxErrorAt(a, b, "invalid syntax. Perhaps you forgot a comma?");
                }
            }
            pos = mark;
        }
        Expr a = tryParse(this::disjunction);
        if (a != null && accept(IF)) {
            Expr b = tryParse(this::disjunction);
            if (b != null && !at(ELSE) && !at(COLON)) {
                throw syntaxErrorAt(a, b, "expected 'else' after 'if' expression");
            }
        }
        pos = mark;
    }

    /**
     * invalid_legacy_expression: {@code print x} or {@code exec x}. Like CPython, it parses what
     * follows any name before checking the name, so that checks within that text apply.
     */
    private void invalidLegacyExpression() {
        if (!at(NAME) || peek(1).kind() == LPAR) {
            return;
        }
        int mark = pos;
        Token nameToken = next();
        Expr rest = tryParse(this::starExpressions);
        String name = nameToken.name();
        if (rest != null && (name.equals("print") || name.equals("exec"))) {
            throw rangeError(ParseError.Kind.SyntaxError, nameToken.start(), rest.end(),
                            "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
        }
        pos = mark;
    }

    /** invalid_named_expression: ':=' after a non-name, or '=' where '==' was likely meant. */
    final void invalidNamedExpression() {
        int mark = pos;
        Expr a = tryParse(this::expression);
        if (a != null && accept(COLONEQUAL) && tryParse(this::expression) != null) {
            throw syntaxErrorAt(a, "cannot use assignment expressions with " + Targets.describe(a));
        }
        pos = mark;
        if (at(NAME, EQUAL)) {
            Token name = next();
            next();
            Expr b = tryParse(this::bitwiseOr);
            if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw rangeError(ParseError.Kind.SyntaxError, name.start(), b.end(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            pos = mark;
        }
        if (!startsListTupleGenexpOrSingleton()) {
            a = tryParse(this::bitwiseOr);
            if (a != null && accept(EQUAL) && tryParse(this::bitwiseOr) != null && !at(EQUAL) && !at(COLONEQUAL)) {
                throw syntaxErrorAt(a, "cannot assign to " + Targets.describe(a) + " here. Maybe you meant '==' instead of '='?");
            }
            pos = mark;
        }
    }

    /** The lookahead {@code (list|tuple|genexp|'True'|'None'|'False')}. */
    private boolean startsListTupleGenexpOrSingleton() {
        TokenKind kind = kind();
        if (kind == TokenKind.TRUE || kind == TokenKind.FALSE || kind == TokenKind.NONE) {
            return true;
        }
        if (kind != LPAR && kind != LSQB) {
            return false;
        }
        int mark = pos;
        int start = start();
        Expr e = tryParse(this::atom);
        pos = mark;
        return e instanceof Expr.ListExpr || ((e instanceof Expr.Tuple || e instanceof Expr.GeneratorExp) && e.start() == start);
    }

    /** invalid_group: a starred or double-starred expression in parentheses. */
    private void invalidGroup() {
        int mark = pos;
        next();
        if (at(STAR)) {
            Expr starred = tryParse(this::starredExpression);
            if (starred != null && at(RPAR)) {
                throw syntaxErrorAt(starred, "cannot use starred expression here");
            }
        } else if (at(DOUBLESTAR)) {
            Token doubleStar = next();
            if (tryParse(this::expression) != null && at(RPAR)) {
                throw syntaxErrorAt(doubleStar, "cannot use double starred expression here");
            }
        }
        pos = mark;
    }

    /** invalid_comprehension: unpacking as a comprehension's element, or an unparenthesised tuple there. */
    private void invalidComprehension(TokenKind open) {
        int mark = pos;
        next();
        if (at(STAR)) {
            Expr starred = tryParse(this::starredExpression);
            if (starred != null && tryParse(this::forIfClauses) != null) {
                throw syntaxErrorAt(starred, "iterable unpacking cannot be used in comprehension");
            }
        }
        pos = mark + 1;
        if (open != LPAR) {
            Expr first = tryParse(this::starNamedExpression);
            if (first != null && at(COMMA)) {
                Token comma = next();
                int afterComma = pos;
                List<Expr> rest = tryParse(this::starNamedExpressionList);
                if (rest != null && tryParse(this::forIfClauses) != null) {
                    throw syntaxErrorAt(first, rest.get(rest.size() - 1), "did you forget parentheses around the comprehension target?");
                }
                pos = afterComma;
                if (tryParse(this::forIfClauses) != null) {
                    throw rangeError(ParseError.Kind.SyntaxError, first.start(), comma.end(), "did you forget parentheses around the comprehension target?");
                }
            }
        }
        pos = mark;
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    private List<Expr> starNamedExpressionList() {
        List<Expr> elts = new ArrayList<>();
        elts.add(starNamedExpression());
        while (accept(COMMA) && addIfParsed(elts, this::starNamedExpression)) {
            continue;
        }
        return elts;
    }

    /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
    private void invalidDictComprehension() {
        int mark = pos;
        next();
        if (at(DOUBLESTAR)) {
            Token doubleStar = next();
            if (tryParse(this::bitwiseOr) != null && tryParse(this::forIfClauses) != null && at(RBRACE)) {
                throw syntaxErrorAt(doubleStar, "dict unpacking cannot be used in dict comprehension");
            }
        }
        pos = mark;
    }

    /** '{' invalid_double_starred_kvpairs: a bad item in a dict display. */
    private void invalidDoubleStarredKeyValuePairs() {
        int mark = pos;
        next();
        int afterBrace = pos;
        // ','.double_starred_kvpair+ ',' invalid_kvpair
        if (tryParse(() -> doubleStarredKeyValuePair(true))) {
            int afterPairs = pos;
            while (at(COMMA)) {
                next();
                if (!tryParse(() -> doubleStarredKeyValuePair(false))) {
                    break;
                }
                afterPairs = pos;
            }
            pos = afterPairs;
            if (accept(COMMA)) {
                invalidKeyValuePair();
            }
        }
        pos = afterBrace;
        invalidKeyValuePairTail();
        pos = mark;
    }

    private void doubleStarredKeyValuePair(boolean first) {
        if (accept(DOUBLESTAR)) {
            bitwiseOr();
        } else {
            if (first) {
                expression();
            } else {
                laterKey();
            }
            expect(COLON);
            expression();
        }
    }

    /** invalid_kvpair */
    private void invalidKeyValuePair() {
        int mark = pos;
        Expr key = tryParse(this::laterKey);
        if (key != null && !at(COLON)) {
            // CPython points at the key's last character, on the key's first line.
            throw tokenizer.error(ParseError.Kind.SyntaxError, decorate("':' expected after dictionary key"), tokenizer.lineOf(key.start()),
                            tokenizer.columnOf(key.end()) - 1, tokenizer.lineOf(key.start()), 0, tokenizer.lineTextOf(key.start()), false);
        }
        pos = mark;
        invalidKeyValuePairTail();
    }

    /** The two alternatives that invalid_kvpair and invalid_double_starred_kvpairs share. */
    private void invalidKeyValuePairTail() {
        int mark = pos;
        if (tryParse(this::expression) != null && accept(COLON)) {
            Token colon = prevToken();
            if (at(STAR)) {
                Token star = peek();
                next();
                if (tryParse(this::bitwiseOr) != null) {
                    throw syntaxErrorAt(star, "cannot use a starred expression in a dictionary value");
                }
            } else if (at(RBRACE) || at(COMMA)) {
                throw syntaxErrorAt(colon, "expression expected after dictionary key and ':'");
            }
        }
        pos = mark;
    }

    /** invalid_for_target: 'for' star_expressions that are no target. */
    final void invalidForTarget() {
        int mark = pos;
        next();
        Expr e = tryParse(this::starExpressions);
        if (e != null) {
            Expr invalid = Targets.invalidTarget(e, Targets.Use.FOR);
            if (invalid != null) {
                throw syntaxErrorAt(invalid, "cannot assign to " + Targets.describe(invalid));
            }
        }
        pos = mark;
    }

    /** invalid_kwarg: a keyword argument that is no name, or a comparison written with '='. */
    private void invalidKeywordArgument() {
        int mark = pos;
        TokenKind kind = kind();
        if ((kind == TokenKind.TRUE || kind == TokenKind.FALSE || kind == TokenKind.NONE) && peek(1).kind() == EQUAL) {
            throw syntaxErrorAt(peek(), peek(1), "cannot assign to " + kind.text);
        }
        if (at(NAME, EQUAL)) {
            Token name = next();
            Token equal = next();
            if (tryParse(this::expression) != null && tryParse(this::forIfClauses) != null) {
                throw syntaxErrorAt(name, equal, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            pos = mark;
            return;
        }
        Expr e = tryParse(this::expression);
        if (e != null && at(EQUAL)) {
            throw rangeError(ParseError.Kind.SyntaxError, e.start(), peek().end(), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        pos = mark;
    }

    /** invalid_arguments: the common mistakes in a call's argument list. */
    private void invalidArguments() {
        int mark = pos;
        // (','.positional+ ',' kwargs | kwargs) ',' a='*'  (the rule as CPython 3.11.7 has it)
        if (tryParse(this::argumentsWithKeywordSection) && accept(COMMA) && at(STAR)) {
            throw syntaxErrorAt(peek(), "iterable argument unpacking follows keyword argument unpacking");
        }
        pos = mark;
        ArgumentList args;
        // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
        Expr a = tryParse(this::expression);
        if (a != null) {
            List<Comprehension> generators = tryParse(this::forIfClauses);
            if (generators != null && at(COMMA)) {
                throw syntaxErrorAt(a, lastComprehensionItem(generators), "Generator expression must be parenthesized");
            }
        }
        pos = mark;
        // a=NAME b='=' expression for_if_clauses
        if (at(NAME, EQUAL)) {
            Token name = next();
            Token equal = next();
            if (tryParse(this::expression) != null && tryParse(this::forIfClauses) != null) {
                throw syntaxErrorAt(name, equal, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        pos = mark;
        // a=args b=for_if_clauses
        args = tryParse(() -> args(null, start()));
        if (args != null) {
            List<Comprehension> generators = tryParse(this::forIfClauses);
            if (generators != null && args.args().size() > 1) {
                throw syntaxErrorAt(args.args().get(args.args().size() - 1), lastComprehensionItem(generators),
                                "Generator expression must be parenthesized");
            }
        }
        pos = mark;
        // args ',' a=expression b=for_if_clauses
        if (tryParse(() -> args(null, start())) != null && accept(COMMA)) {
            a = tryParse(this::expression);
            if (a != null) {
                List<Comprehension> generators = tryParse(this::forIfClauses);
                if (generators != null) {
                    throw syntaxErrorAt(a, lastComprehensionItem(generators), "Generator expression must be parenthesized");
                }
            }
        }
        pos = mark;
        // a=args ',' args
        args = tryParse(() -> args(null, start()));
        if (args != null && accept(COMMA) && tryParse(() -> args(null, start())) != null) {
            boolean unpacking = args.keywords().stream().anyMatch(k -> k.arg() == null);
            throw errorAtLastToken(ParseError.Kind.SyntaxError,
                            unpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        }
        pos = mark;
    }

    /** Positional arguments (if any) followed by keyword arguments: the first alternative above. */
    private void argumentsWithKeywordSection() {
        List<Expr> positional = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        int mark = pos;
        Expr item = tryParse(this::positionalArgument);
        if (item != null) {
            while (at(COMMA)) {
                int beforeComma = pos;
                next();
                if (tryParse(this::positionalArgument) == null) {
                    pos = beforeComma;
                    break;
                }
            }
            if (accept(COMMA) && tryParse(() -> keywordArguments(positional, keywords))) {
                return;
            }
            pos = mark;
        }
        keywordArguments(positional, keywords);
    }

    /** CPython's {@code _PyPegen_get_last_comprehension_item}. */
    private static Expr lastComprehensionItem(List<Comprehension> generators) {
        Comprehension last = generators.get(generators.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }
}
