package org.tessera.lang.parser;

import static org.tessera.lang.parser.TokenKind.COLON;
import static org.tessera.lang.parser.TokenKind.COLONEQUAL;
import static org.tessera.lang.parser.TokenKind.COMMA;
import static org.tessera.lang.parser.TokenKind.DOUBLESTAR;
import static org.tessera.lang.parser.TokenKind.ELSE;
import static org.tessera.lang.parser.TokenKind.EQUAL;
import static org.tessera.lang.parser.TokenKind.FOR;
import static org.tessera.lang.parser.TokenKind.IF;
import static org.tessera.lang.parser.TokenKind.LPAR;
import static org.tessera.lang.parser.TokenKind.LSQB;
import static org.tessera.lang.parser.TokenKind.NAME;
import static org.tessera.lang.parser.TokenKind.RBRACE;
import static org.tessera.lang.parser.TokenKind.RPAR;
import static org.tessera.lang.parser.TokenKind.STAR;
import static org.tessera.lang.parser.TokenKind.STRING;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.parser.ast.Comprehension;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Keyword;

/**
 * CPython 3.11's second-pass rules for expressions ({@code invalid_expression},
 * {@code invalid_named_expression}, {@code invalid_arguments}, {@code invalid_comprehension} and
 * the like): when the first pass has failed, they recognise common mistakes and raise CPython's
 * specific messages. Each check tries its alternatives in the grammar's order, speculatively,
 * and leaves the position unchanged unless it raises. The grammar rules they build on are
 * implemented by {@link ExpressionParser}.
 */
abstract class ExpressionErrorRules extends ParameterParser {

    /** A call's arguments, as CPython's dummy {@code Call} node for the {@code args} rule. */
    record ArgumentList(List<Expr> args, List<Keyword> keywords, int start, int end) {
    }

    ExpressionErrorRules(Tokenizer tokenizer, Parser.Mode mode) {
        super(tokenizer, mode);
    }

    // The grammar rules the checks use.

    abstract Expr disjunction();

    /** expression without its own second-pass checks (CPython's expression_without_invalid). */
    abstract Expr conditionalOrLambda();

    abstract Expr starExpressions();

    abstract Expr bitwiseOr();

    abstract Expr atom();

    abstract Expr starredExpression();

    abstract Expr starNamedExpression();

    abstract List<Comprehension> forIfClauses();

    /** A dict key after the first item. */
    abstract Expr laterKey();

    abstract ArgumentList args(Expr first, int start);

    abstract List<Expr> positionalArguments(Expr first);

    abstract void keywordArguments(List<Expr> positional, List<Keyword> keywords);

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
    final void invalidExpression() {
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
    final void invalidLegacyExpression() {
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
    final void invalidGroup() {
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
    final void invalidComprehension(TokenKind open) {
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
    final void invalidDictComprehension() {
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
    final void invalidDoubleStarredKeyValuePairs() {
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
    final void invalidKeywordArgument() {
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
    final void invalidArguments() {
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

    /** Positional arguments and then keyword arguments, or keyword arguments only. */
    private void argumentsWithKeywordSection() {
        int mark = pos;
        List<Expr> positional = positionalArguments(null);
        List<Keyword> keywords = new ArrayList<>();
        if (!positional.isEmpty() && accept(COMMA) && tryParse(() -> keywordArguments(positional, keywords))) {
            return;
        }
        pos = mark;
        keywordArguments(new ArrayList<>(), keywords);
    }

    /** CPython's {@code _PyPegen_get_last_comprehension_item}. */
    private static Expr lastComprehensionItem(List<Comprehension> generators) {
        Comprehension last = generators.get(generators.size() - 1);
        return last.ifs().isEmpty() ? last.iter() : last.ifs().get(last.ifs().size() - 1);
    }
}
