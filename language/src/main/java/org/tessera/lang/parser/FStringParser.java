package org.tessera.lang.parser;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Expr;

/**
 * F-strings with Python 3.11's rules, after CPython's {@code Parser/string_parser.c}: the
 * literal parts, {@code {{ }}}, replacement fields with {@code =}, a conversion and a format
 * spec (which may itself contain fields, one level deep). An expression may not contain a
 * backslash, a comment or the string's own quote. Each expression is parsed by its own parser
 * over its text in parentheses, so that its nodes carry their true source positions.
 *
 * <p>
 * As in CPython 3.11, every Constant and FormattedValue of the result spans all the
 * concatenated string tokens, and a format spec's JoinedStr spans its string token.
 */
final class FStringParser {
    private final ExpressionParser parser;
    private final Token first;
    private final Token last;
    private final Pieces top = new Pieces();

    // The f-string token being scanned (CPython's t), its body and the scan position in it.
    private Token token;
    private String body;
    private int bodyOffset;
    private boolean raw;
    private int cursor;

    FStringParser(ExpressionParser parser, Token first, Token last) {
        this.parser = parser;
        this.first = first;
        this.last = last;
    }

    /** The values of one JoinedStr being assembled: CPython's {@code FstringParser} state. */
    private final class Pieces {
        private StringBuilder pending;
        private final List<Expr> values = new ArrayList<>();
        private boolean formatted;

        void addText(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (pending == null) {
                pending = new StringBuilder(text);
            } else {
                pending.append(text);
            }
        }

        void flushText(Token from, Token to) {
            if (pending != null) {
                values.add(constant(pending.toString(), from, to));
                pending = null;
            }
        }

        Expr finish(Token from, Token to) {
            if (!formatted) {
                return constant(pending == null ? "" : pending.toString(), from, to);
            }
            flushText(from, to);
            return new Expr.JoinedStr(values, from.start(), to.end());
        }
    }

    /** A str Constant; {@code kind} is "u" if the string starts with a lowercase u prefix. */
    private Expr constant(String value, Token from, Token to) {
        String kind = parser.tokenizer.source(from.start(), from.start() + 1).equals("u") ? "u" : null;
        return new Expr.Constant(value, kind, from.start(), to.end());
    }

    void addString(String value) {
        top.addText(value);
    }

    /** Adds f-string {@code t}, whose body (between the quotes) starts at source offset {@code offset}. */
    void addFString(Token t, int offset, String text, boolean isRaw) {
        token = t;
        body = text;
        bodyOffset = offset;
        raw = isRaw;
        cursor = 0;
        concatenate(top, 0);
    }

    Expr finish() {
        return top.finish(first, last);
    }

    private ParseError error(String message) {
        return parser.errorAtLastToken(Kind.SyntaxError, message);
    }

    /** CPython's {@code _PyPegen_FstringParser_ConcatFstring}. */
    private void concatenate(Pieces pieces, int recursionLevel) {
        pieces.formatted = true;
        while (true) {
            boolean doubledBrace = addLiteral(pieces, recursionLevel);
            if (doubledBrace) {
                continue;
            }
            if (cursor >= body.length() || body.charAt(cursor) == '}') {
                break;
            }
            Expr value = replacementField(pieces, recursionLevel);
            pieces.flushText(first, last);
            pieces.values.add(value);
        }
        if (recursionLevel == 0 && cursor < body.length() - 1) {
            throw error("f-string: unexpected end of string");
        }
        if (recursionLevel != 0 && (cursor >= body.length() || body.charAt(cursor) != '}')) {
            throw error("f-string: expecting '}'");
        }
    }

    /**
     * CPython's {@code fstring_find_literal}: adds the literal text up to the next '{' or '}'.
     * Returns true if it stopped after a doubled brace, which stands for one brace.
     */
    private boolean addLiteral(Pieces pieces, int recursionLevel) {
        int s = cursor;
        int literalStart = s;
        int end = body.length();
        boolean doubledBrace = false;
        while (s < end) {
            char ch = body.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = body.charAt(s++);
                if (ch == 'N') {
                    // Skip a \N{...} escape so that its braces do not start a field.
                    if (s < end && body.charAt(s++) == '{') {
                        while (s < end && body.charAt(s++) != '}') {
                            continue;
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recursionLevel == 0) {
                    if (s < end && body.charAt(s) == ch) {
                        doubledBrace = true;
                        break;
                    }
                    if (ch == '}') {
                        cursor = s - 1;
                        throw error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        cursor = doubledBrace ? s + 1 : s;
        if (s != literalStart) {
            String text = StringLiterals.normalizeLineBreaks(body.substring(literalStart, s));
            try {
                pieces.addText(raw ? text : StringLiterals.decodeString(text));
            } catch (StringLiterals.EscapeError e) {
                throw error(e.getMessage());
            }
        }
        return doubledBrace;
    }

    /** CPython's {@code fstring_find_expr}: a replacement field, with the cursor on its '{'. */
    private Expr replacementField(Pieces pieces, int recursionLevel) {
        if (recursionLevel >= 2) {
            throw error("f-string: expressions nested too deeply");
        }
        int end = body.length();
        cursor++;
        int expressionStart = cursor;
        scanExpression();
        int expressionEnd = cursor;
        if (cursor >= end) {
            throw error("f-string: expecting '}'");
        }
        Expr expression = parseExpression(expressionStart, expressionEnd);
        String debugText = null;
        if (body.charAt(cursor) == '=') {
            cursor++;
            while (cursor < end && isAsciiSpace(body.charAt(cursor))) {
                cursor++;
            }
            if (cursor >= end) {
                throw error("f-string: expecting '}'");
            }
            debugText = StringLiterals.normalizeLineBreaks(body.substring(expressionStart, cursor));
        }
        int conversion = -1;
        if (body.charAt(cursor) == '!') {
            cursor++;
            if (cursor >= end) {
                throw error("f-string: expecting '}'");
            }
            conversion = body.charAt(cursor++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (cursor >= end) {
            throw error("f-string: expecting '}'");
        }
        Expr formatSpec = null;
        if (body.charAt(cursor) == ':') {
            cursor++;
            if (cursor >= end) {
                throw error("f-string: expecting '}'");
            }
            Pieces spec = new Pieces();
            concatenate(spec, recursionLevel + 1);
            formatSpec = spec.finish(token, token);
        }
        if (cursor >= end || body.charAt(cursor) != '}') {
            throw error("f-string: expecting '}'");
        }
        cursor++;
        if (debugText != null) {
            pieces.addText(debugText);
            if (formatSpec == null && conversion == -1) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(expression, conversion, formatSpec, first.start(), last.end());
    }

    /**
     * Moves the cursor to the end of a field's expression: the first '!', ':', '=' or '}' outside
     * brackets and strings that does not belong to an operator such as '!=' or '=='.
     */
    private void scanExpression() {
        int end = body.length();
        char quote = 0;
        int quoteSize = 0;
        char[] brackets = new char[Tokenizer.MAX_LEVEL];
        int depth = 0;
        for (; cursor < end; cursor++) {
            char ch = body.charAt(cursor);
            if (ch == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (quote != 0) {
                if (ch == quote) {
                    if (quoteSize == 1) {
                        quote = 0;
                    } else if (cursor + 2 < end && body.charAt(cursor + 1) == ch && body.charAt(cursor + 2) == ch) {
                        cursor += 2;
                        quote = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                quoteSize = cursor + 2 < end && body.charAt(cursor + 1) == ch && body.charAt(cursor + 2) == ch ? 3 : 1;
                cursor += quoteSize - 1;
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= Tokenizer.MAX_LEVEL) {
                    throw error("f-string: too many nested parenthesis");
                }
                brackets[depth++] = ch;
            } else if (ch == '#') {
                throw error("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                char next = cursor + 1 < end ? body.charAt(cursor + 1) : 0;
                if (next == '=' && ch != ':' && ch != '}') {
                    cursor++;
                } else if (ch != '>' && ch != '<') {
                    break;
                }
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw error("f-string: unmatched '" + ch + "'");
                }
                char opening = brackets[--depth];
                if (opening != (ch == ')' ? '(' : ch == ']' ? '[' : '{')) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        if (quote != 0) {
            throw error("f-string: unterminated string");
        }
        if (depth != 0) {
            throw error("f-string: unmatched '" + brackets[depth - 1] + "'");
        }
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    /** CPython's {@code fstring_compile_expr}: parses {@code body[start, end)} as "(...)". */
    private Expr parseExpression(int start, int end) {
        boolean blank = true;
        for (int i = start; i < end && blank; i++) {
            char c = body.charAt(i);
            blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }
        if (blank) {
            char terminator = body.charAt(end);
            if (terminator == '!' || terminator == ':' || terminator == '=') {
                throw error("f-string: expression required before '" + terminator + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        // The '(' takes the place of the '{', so positions map one to one onto the source.
        int braceOffset = bodyOffset + start - 1;
        Tokenizer tokenizer = new Tokenizer("(" + body.substring(start, end) + ")", braceOffset, parser.tokenizer.lineOf(braceOffset));
        return new FStringExpressionParser(tokenizer).parse();
    }

    /** Parses the expression of one replacement field; its errors start with "f-string: ". */
    private static final class FStringExpressionParser extends ExpressionParser {
        FStringExpressionParser(Tokenizer tokenizer) {
            // CPython tokenizes the expression as a file, with a line break appended.
            super(tokenizer, Parser.Mode.FILE);
        }

        /** CPython's {@code fstring} start rule: star_expressions. */
        Expr parse() {
            return parseWithRecovery(this::starExpressions);
        }

        @Override
        String decorate(String message) {
            return "f-string: " + message;
        }
    }
}
