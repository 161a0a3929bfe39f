package org.tessera.lang.parser;

import static org.tessera.lang.parser.TokenKind.COLON;
import static org.tessera.lang.parser.TokenKind.COMMA;
import static org.tessera.lang.parser.TokenKind.DOUBLESTAR;
import static org.tessera.lang.parser.TokenKind.EQUAL;
import static org.tessera.lang.parser.TokenKind.LPAR;
import static org.tessera.lang.parser.TokenKind.NAME;
import static org.tessera.lang.parser.TokenKind.RPAR;
import static org.tessera.lang.parser.TokenKind.SLASH;
import static org.tessera.lang.parser.TokenKind.STAR;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Arg;
import org.tessera.lang.parser.ast.Arguments;
import org.tessera.lang.parser.ast.Expr;

/**
 * Parameter lists of {@code def} (closed by ')', with annotations) and {@code lambda} (closed
 * by ':'), including CPython's {@code invalid_parameters} family of second-pass checks.
 */
abstract class ParameterParser extends ParserBase {

    /**
     * The first duplicate parameter name found, reported only if the whole input parses: CPython
     * finds it in its symbol table pass, after parsing.
     */
    private ParseError duplicateParameter;

    ParameterParser(Tokenizer tokenizer, Parser.Mode mode) {
        super(tokenizer, mode);
    }

    abstract Expr expression();

    abstract Expr starExpression();

    final ParseError duplicateParameter() {
        return duplicateParameter;
    }

    static Arguments noParameters() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /**
     * The parameters up to (not including) the closing ')' or ':'. The grammar's order is
     * positional-only, '/', positional, '*' or '*args', keyword-only, '**kwargs'; defaults may not
     * be followed by positional parameters without one.
     */
    final Arguments parameters(boolean lambda) {
        TokenKind closer = lambda ? COLON : RPAR;
        if (at(closer)) {
            return noParameters();
        }
        if (invalidRules) {
            invalidParameters(lambda);
        }
        List<Arg> positionalOnly = new ArrayList<>();
        List<Arg> positional = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> keywordOnly = new ArrayList<>();
        List<Expr> keywordDefaults = new ArrayList<>();
        Arg varargs = null;
        Arg kwargs = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        while (!at(closer)) {
            if (at(SLASH)) {
                if (sawSlash || sawStar || positional.isEmpty()) {
                    throw FAILURE;
                }
                next();
                sawSlash = true;
                positionalOnly.addAll(positional);
                positional.clear();
            } else if (at(STAR) || at(DOUBLESTAR)) {
                if (invalidRules) {
                    invalidStarEtc(lambda);
                }
                if (at(DOUBLESTAR)) {
                    next();
                    kwargs = param(lambda, false);
                    accept(COMMA);
                    break;
                }
                if (sawStar) {
                    throw FAILURE;
                }
                next();
                sawStar = true;
                if (at(NAME)) {
                    varargs = param(lambda, true);
                } else if (!at(COMMA) || peek(1).kind() != NAME) {
                    // A bare '*' must be followed by keyword-only parameters.
                    throw FAILURE;
                }
            } else {
                Arg arg = param(lambda, false);
                Expr defaultExpr = null;
                if (at(EQUAL)) {
                    defaultExpr = defaultValue();
                }
                if (sawStar) {
                    keywordOnly.add(arg);
                    keywordDefaults.add(defaultExpr);
                } else if (defaultExpr != null) {
                    positional.add(arg);
                    defaults.add(defaultExpr);
                } else if (!defaults.isEmpty()) {
                    throw FAILURE;
                } else {
                    positional.add(arg);
                }
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (!at(closer)) {
            throw FAILURE;
        }
        Arguments arguments = new Arguments(positionalOnly, positional, varargs, keywordOnly, keywordDefaults, kwargs, defaults);
        checkDuplicates(arguments);
        return arguments;
    }

    /** {@code NAME [':' expression]}; a '*args' annotation may be starred ({@code *args: *Ts}). */
    private Arg param(boolean lambda, boolean starAnnotation) {
        Token name = expect(NAME);
        Expr annotation = null;
        if (!lambda && accept(COLON)) {
            annotation = starAnnotation ? starExpression() : expression();
        }
        return new Arg(name.name(), annotation, name.start(), prevEnd());
    }

    /** CPython's {@code default}: {@code '=' expression}, or its {@code invalid_default} check. */
    private Expr defaultValue() {
        Token equal = expect(EQUAL);
        if (invalidRules && (at(RPAR) || at(COMMA))) {
            throw syntaxErrorAt(equal, "expected default value expression");
        }
        return expression();
    }

    private void checkDuplicates(Arguments arguments) {
        if (duplicateParameter != null) {
            return;
        }
        Set<String> names = new HashSet<>();
        // In the order of CPython's symbol table, which reports the second occurrence it meets.
        List<Arg> all = new ArrayList<>(arguments.posonlyargs());
        all.addAll(arguments.args());
        all.addAll(arguments.kwonlyargs());
        if (arguments.vararg() != null) {
            all.add(arguments.vararg());
        }
        if (arguments.kwarg() != null) {
            all.add(arguments.kwarg());
        }
        for (Arg arg : all) {
            if (!names.add(arg.arg())) {
                duplicateParameter = rangeError(Kind.SyntaxError, arg.start(), arg.end(), "duplicate argument '" + arg.arg() + "' in function definition");
                return;
            }
        }
    }

    // ---------------------------------------------------------------- second-pass checks

    /*
     * The checks below mirror CPython's invalid_parameters, invalid_star_etc and invalid_kwds rules
     * (and their lambda twins) alternative by alternative. Each matcher parses one grammar rule,
     * throwing FAILURE if it does not match; tryParse() restores the position.
     */

    private void invalidParameters(boolean lambda) {
        int mark = pos;
        // param_no_default* (slash_with_default | param_with_default+) a=param_no_default
        repeat(() -> paramNoDefault(lambda));
        if (tryParse(() -> slashWithDefault(lambda)) || repeat(() -> paramWithDefault(lambda)) > 0) {
            Arg misplaced = tryParse(() -> paramNoDefault(lambda));
            if (misplaced != null) {
                throw syntaxErrorAt(misplaced, "non-default argument follows default argument");
            }
        }
        pos = mark;
        // param_no_default* a='(' param_no_default+ ','? b=')'
        repeat(() -> paramNoDefault(lambda));
        if (at(LPAR)) {
            Token open = next();
            boolean parenthesized = lambda ? tryParse(() -> lambdaParamNames()) : repeat(() -> paramNoDefault(false)) > 0;
            if (parenthesized) {
                accept(COMMA);
                if (at(RPAR)) {
                    throw syntaxErrorAt(open, peek(),
                                    lambda ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
                }
            }
        }
        pos = mark;
        // a="/" ','
        if (at(SLASH, COMMA)) {
            throw syntaxErrorAt(peek(), "at least one argument must precede /");
        }
        // (slash_no_default | slash_with_default) param_maybe_default* a='/'
        if (tryParse(() -> slash(lambda))) {
            repeat(() -> paramMaybeDefault(lambda));
            if (at(SLASH)) {
                throw syntaxErrorAt(peek(), "/ may appear only once");
            }
        }
        pos = mark;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        // param_maybe_default* a='/'
        tryParse(() -> slash(lambda));
        repeat(() -> paramMaybeDefault(lambda));
        if (accept(STAR) && (accept(COMMA) || tryParse(() -> paramNoDefault(lambda)) != null)) {
            repeat(() -> paramMaybeDefault(lambda));
            if (at(SLASH)) {
                throw syntaxErrorAt(peek(), "/ must be ahead of *");
            }
        }
        pos = mark;
        // param_maybe_default+ '/' a='*'
        if (repeat(() -> paramMaybeDefault(lambda)) > 0 && accept(SLASH) && at(STAR)) {
            throw syntaxErrorAt(peek(), "expected comma between / and *");
        }
        pos = mark;
    }

    private void invalidStarEtc(boolean lambda) {
        int mark = pos;
        TokenKind closer = lambda ? COLON : RPAR;
        if (at(STAR)) {
            Token star = next();
            // a='*' (')' | ',' (')' | '**')), or for lambda '*' (':' | ',' (':' | '**'))
            if (at(closer) || (at(COMMA) && (peek(1).kind() == closer || peek(1).kind() == DOUBLESTAR))) {
                throw lambda ? errorAtLastToken(Kind.SyntaxError, "named arguments must follow bare *")
                                : syntaxErrorAt(star, "named arguments must follow bare *");
            }
            // '*' param a='='
            if (tryParse(() -> param(lambda, false)) != null && at(EQUAL)) {
                throw syntaxErrorAt(peek(), "var-positional argument cannot have default value");
            }
            pos = mark + 1;
            // '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
            if (tryParse(() -> paramNoDefault(lambda)) != null || accept(COMMA)) {
                repeat(() -> paramMaybeDefault(lambda));
                if (at(STAR)) {
                    Token second = next();
                    if (tryParse(() -> paramNoDefault(lambda)) != null || at(COMMA)) {
                        throw syntaxErrorAt(second, "* argument may appear only once");
                    }
                }
            }
            pos = mark;
        } else {
            next();
            // '**' param a='='
            if (tryParse(() -> param(lambda, false)) != null) {
                if (at(EQUAL)) {
                    throw syntaxErrorAt(peek(), "var-keyword argument cannot have default value");
                }
                // '**' param ',' a=param, or '**' param ',' a=('*'|'**'|'/')
                if (accept(COMMA)) {
                    Token following = peek();
                    if (tryParse(() -> param(lambda, false)) != null || at(STAR) || at(DOUBLESTAR) || at(SLASH)) {
                        throw syntaxErrorAt(following, "arguments cannot follow var-keyword argument");
                    }
                }
            }
            pos = mark;
        }
    }

    /** Runs {@code matcher} until it fails; returns how many times it matched. */
    private int repeat(Runnable matcher) {
        int count = 0;
        while (tryParse(matcher)) {
            count++;
        }
        return count;
    }

    /** {@code ','.lambda_param+} */
    private void lambdaParamNames() {
        expect(NAME);
        while (at(COMMA, NAME)) {
            next();
            next();
        }
    }

    /** A parameter followed by ',' or by the closing token, which is not consumed. */
    private void endOfParam(boolean lambda) {
        if (!accept(COMMA) && !at(lambda ? COLON : RPAR)) {
            throw FAILURE;
        }
    }

    private Arg paramNoDefault(boolean lambda) {
        Arg arg = param(lambda, false);
        endOfParam(lambda);
        return arg;
    }

    private void paramWithDefault(boolean lambda) {
        param(lambda, false);
        defaultValue();
        endOfParam(lambda);
    }

    private void paramMaybeDefault(boolean lambda) {
        param(lambda, false);
        if (at(EQUAL)) {
            defaultValue();
        }
        endOfParam(lambda);
    }

    /** {@code slash_no_default | slash_with_default} */
    private void slash(boolean lambda) {
        if (!tryParse(() -> slashNoDefault(lambda))) {
            slashWithDefault(lambda);
        }
    }

    private void slashNoDefault(boolean lambda) {
        if (repeat(() -> paramNoDefault(lambda)) == 0) {
            throw FAILURE;
        }
        expect(SLASH);
        endOfParam(lambda);
    }

    private void slashWithDefault(boolean lambda) {
        repeat(() -> paramNoDefault(lambda));
        if (repeat(() -> paramWithDefault(lambda)) == 0) {
            throw FAILURE;
        }
        expect(SLASH);
        endOfParam(lambda);
    }
}
