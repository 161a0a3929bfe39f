package org.tessera.lang.parser;

import java.io.ByteArrayOutputStream;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Expr;

/**
 * The {@code strings} rule's action (CPython's {@code _PyPegen_concatenate_strings}): decodes
 * adjacent string tokens and joins them into one Constant (str or bytes) or, if any is an
 * f-string, one JoinedStr. Errors are reported at the token after the strings, as CPython does.
 */
final class StringConcatenation {
    private StringConcatenation() {
    }

    /** Concatenates the STRING tokens {@code [firstIndex, endIndex)} of {@code parser}. */
    static Expr concatenate(ExpressionParser parser, int firstIndex, int endIndex) {
        Token first = parser.tokenAt(firstIndex);
        Token last = parser.tokenAt(endIndex - 1);
        FStringParser text = new FStringParser(parser, first, last);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean bytesMode = false;
        for (int i = firstIndex; i < endIndex; i++) {
            Token token = parser.tokenAt(i);
            String source = parser.tokenizer.source(token.start(), token.end());
            StringLiterals.Literal literal = StringLiterals.parse(source, 0, source.length());
            String body = source.substring(literal.bodyStart(), literal.bodyEnd());
            Object value = literal.formatted() ? null : decode(parser, token, literal, body);
            if (i != firstIndex && bytesMode != literal.bytes()) {
                throw parser.errorAtLastToken(Kind.SyntaxError, "cannot mix bytes and nonbytes literals");
            }
            bytesMode = literal.bytes();
            if (literal.formatted()) {
                text.addFString(token, token.start() + literal.bodyStart(), body, literal.raw());
            } else if (value instanceof byte[] b) {
                bytes.writeBytes(b);
            } else {
                text.addString((String) value);
            }
        }
        if (bytesMode) {
            return new Expr.Constant(bytes.toByteArray(), null, first.start(), last.end());
        }
        return text.finish();
    }

    /** CPython's {@code _PyPegen_parsestr} for a literal that is not an f-string. */
    private static Object decode(ExpressionParser parser, Token token, StringLiterals.Literal literal, String body) {
        String normalized = StringLiterals.normalizeLineBreaks(body);
        try {
            if (literal.bytes()) {
                for (int i = 0; i < normalized.length(); i++) {
                    if (normalized.charAt(i) >= 0x80) {
                        throw parser.syntaxErrorAt(token, "bytes can only contain ASCII literal characters");
                    }
                }
                return StringLiterals.decodeBytes(normalized, literal.raw());
            }
            return literal.raw() ? normalized : StringLiterals.decodeString(normalized);
        } catch (StringLiterals.EscapeError e) {
            throw parser.errorAtLastToken(Kind.SyntaxError, e.getMessage());
        }
    }
}
