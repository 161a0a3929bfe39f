package org.tessera.lang.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.lang.parser.TokenKind.COLON;
import static org.tessera.lang.parser.TokenKind.COMMA;
import static org.tessera.lang.parser.TokenKind.DEDENT;
import static org.tessera.lang.parser.TokenKind.ENDMARKER;
import static org.tessera.lang.parser.TokenKind.EQUAL;
import static org.tessera.lang.parser.TokenKind.IF;
import static org.tessera.lang.parser.TokenKind.INDENT;
import static org.tessera.lang.parser.TokenKind.LPAR;
import static org.tessera.lang.parser.TokenKind.NAME;
import static org.tessera.lang.parser.TokenKind.NEWLINE;
import static org.tessera.lang.parser.TokenKind.NUMBER;
import static org.tessera.lang.parser.TokenKind.PLUS;
import static org.tessera.lang.parser.TokenKind.RPAR;
import static org.tessera.lang.parser.TokenKind.STRING;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Mod;
import org.tessera.lang.parser.ast.Stmt;

/** Focused tests of the tokenizer, literal decoding and f-string splitting. */
class TokenizerTest {

    private static List<Token> tokens(String source) {
        Tokenizer tokenizer = new Tokenizer(source);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = tokenizer.next();
            tokens.add(token);
        } while (token.kind() != ENDMARKER);
        return tokens;
    }

    private static TokenKind[] kinds(String source) {
        return tokens(source).stream().map(Token::kind).toArray(TokenKind[]::new);
    }

    private static ParseError tokenizerError(String source) {
        return assertThrows(ParseError.class, () -> tokens(source));
    }

    private static void assertError(ParseError error, ParseError.Kind kind, int lineno, int offset, String message) {
        assertEquals(kind, error.kind());
        assertEquals(message, error.msg());
        assertEquals(lineno, error.lineno(), "lineno");
        assertEquals(offset, error.offset(), "offset");
    }

    private static Object numberValue(String literal) {
        Token token = tokens(literal).get(0);
        assertEquals(NUMBER, token.kind());
        return token.value();
    }

    /** The value of the single expression statement in {@code source}. */
    private static Expr expression(String source) {
        Mod.Module module = (Mod.Module) Parser.parse(source, "<test>", Parser.Mode.FILE);
        return ((Stmt.ExprStmt) module.body().get(0)).value();
    }

    private static Object constant(String source) {
        return assertInstanceOf(Expr.Constant.class, expression(source)).value();
    }

    // ---------------------------------------------------------------- layout

    @Test
    void indentationProducesIndentAndDedent() {
        assertArrayEquals(new TokenKind[]{IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, DEDENT, NAME,
                        NEWLINE, ENDMARKER}, kinds("if a:\n    b\n    if c:\n        d\ne\n"));
    }

    @Test
    void blankLinesAndCommentsDoNotAffectIndentation() {
        assertArrayEquals(new TokenKind[]{IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, NAME, NEWLINE, DEDENT, ENDMARKER},
                        kinds("if a:\n    b\n\n        # deeper comment\n  \n    c\n"));
    }

    @Test
    void tabsAdvanceToTheNextMultipleOfEight() {
        // A tab and eight spaces are the same indentation, as long as they are not mixed on a line.
        assertArrayEquals(new TokenKind[]{IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, IF, NAME, COLON, NEWLINE, INDENT, NAME, NEWLINE, DEDENT, ENDMARKER},
                        kinds("if a:\n\tb\nif c:\n        d\n"));
    }

    @Test
    void inconsistentTabsAndSpacesAreATabError() {
        assertError(tokenizerError("if a:\n\tif b:\n        c\n"), ParseError.Kind.TabError, 3, 1, "inconsistent use of tabs and spaces in indentation");
    }

    @Test
    void dedentToAnUnknownLevelIsAnIndentationError() {
        assertError(tokenizerError("if a:\n        b\n    c\n"), ParseError.Kind.IndentationError, 3, 6, "unindent does not match any outer indentation level");
    }

    @Test
    void aHundredIndentationLevelsAreTooMany() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i <= Tokenizer.MAX_INDENT; i++) {
            source.append(" ".repeat(i)).append("if x:\n");
        }
        assertError(tokenizerError(source.toString()), ParseError.Kind.IndentationError, 101, 1, "too many levels of indentation");
    }

    @Test
    void bracketsJoinLinesImplicitly() {
        assertArrayEquals(new TokenKind[]{NAME, EQUAL, LPAR, NUMBER, COMMA, NUMBER, RPAR, NEWLINE, ENDMARKER}, kinds("x = (1,\n\n     2)\n"));
    }

    @Test
    void backslashJoinsLines() {
        assertArrayEquals(new TokenKind[]{NAME, EQUAL, NUMBER, PLUS, NUMBER, NEWLINE, ENDMARKER}, kinds("x = 1 + \\\n    2\n"));
    }

    @Test
    void characterAfterBackslashIsAnError() {
        assertError(tokenizerError("x = 1 + \\ 2\n"), ParseError.Kind.SyntaxError, 1, 10, "unexpected character after line continuation character");
    }

    @Test
    void backslashAtEndOfInputIsIncompleteInput() {
        ParseError error = tokenizerError("x = 1 + \\\n");
        assertError(error, ParseError.Kind.SyntaxError, 1, 10, "unexpected EOF while parsing");
        assertTrue(error.incompleteInput());
    }

    @Test
    void missingFinalLineBreakStillEndsTheLine() {
        List<Token> tokens = tokens("x = 1");
        assertEquals(NEWLINE, tokens.get(3).kind());
        assertEquals(5, tokens.get(3).start());
    }

    @Test
    void crLfAndCrAreLineBreaks() {
        assertArrayEquals(new TokenKind[]{NAME, NEWLINE, NAME, NEWLINE, NAME, NEWLINE, ENDMARKER}, kinds("a\r\nb\rc\n"));
    }

    @Test
    void tokenPositionsAreCharacterOffsets() {
        Token name = tokens("x = 'é' + yé").get(4);
        assertEquals("yé", name.name());
        assertEquals(10, name.start());
        assertEquals(12, name.end());
    }

    // ---------------------------------------------------------------- brackets

    @Test
    void unclosedBracketIsReportedAtTheBracket() {
        ParseError error = tokenizerError("x = [1,\n     2\n");
        assertError(error, ParseError.Kind.SyntaxError, 1, 5, "'[' was never closed");
        assertTrue(error.incompleteInput());
    }

    @Test
    void unmatchedAndMismatchedBrackets() {
        assertError(tokenizerError("x = 1)\n"), ParseError.Kind.SyntaxError, 1, 6, "unmatched ')'");
        assertError(tokenizerError("x = (1]\n"), ParseError.Kind.SyntaxError, 1, 7, "closing parenthesis ']' does not match opening parenthesis '('");
        assertError(tokenizerError("x = (1,\n2]\n"), ParseError.Kind.SyntaxError, 2, 2, "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
    }

    @Test
    void twoHundredBracketsAreTheLimit() {
        tokens("(".repeat(Tokenizer.MAX_LEVEL) + ")".repeat(Tokenizer.MAX_LEVEL));
        assertError(tokenizerError("x = " + "[".repeat(1000)), ParseError.Kind.SyntaxError, 1, 205, "too many nested parentheses");
    }

    // ---------------------------------------------------------------- names

    @Test
    void keywordsAreRecognised() {
        assertArrayEquals(new TokenKind[]{TokenKind.NOT, TokenKind.NONE, NAME, NEWLINE, ENDMARKER}, kinds("not None match"));
    }

    @Test
    void unicodeIdentifiersAreNfkcNormalised() {
        assertEquals("fi", tokens("ﬁ = 1").get(0).name());
        assertEquals("名前", tokens("名前 = 1").get(0).name());
    }

    @Test
    void invalidCharactersArePointedAt() {
        assertError(tokenizerError("price = 10€\n"), ParseError.Kind.SyntaxError, 1, 11, "invalid character '€' (U+20AC)");
        assertError(tokenizerError("a€b = 1\n"), ParseError.Kind.SyntaxError, 1, 2, "invalid character '€' (U+20AC)");
        assertError(tokenizerError("x = \u00a0\n"), ParseError.Kind.SyntaxError, 1, 5, "invalid non-printable character U+00A0");
        assertError(tokenizerError("x = \u0001\n"), ParseError.Kind.SyntaxError, 1, 5, "invalid non-printable character U+0001");
    }

    // ---------------------------------------------------------------- numbers

    @Test
    void integerLiterals() {
        assertEquals(255L, numberValue("0xff"));
        assertEquals(255L, numberValue("0X_F_F"));
        assertEquals(8L, numberValue("0o10"));
        assertEquals(5L, numberValue("0b101"));
        assertEquals(1_000_000L, numberValue("1_000_000"));
        assertEquals(0L, numberValue("000"));
        assertEquals(Long.MAX_VALUE, numberValue("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), numberValue("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), numberValue("0xffffffffffffffffffff"));
    }

    @Test
    void floatLiterals() {
        assertEquals(1.0, numberValue("1."));
        assertEquals(0.5, numberValue(".5"));
        assertEquals(1e10, numberValue("1e10"));
        assertEquals(1.0005, numberValue("1_000.5e-3"));
        assertEquals(Double.POSITIVE_INFINITY, numberValue("1e400"));
        assertEquals(0.1, numberValue("0.1"));
    }

    @Test
    void imaginaryLiteralsAreTokenizedButNotSupported() {
        assertNull(numberValue("1j"));
        ParseError error = assertThrows(ParseError.class, () -> Parser.parse("x = 2.5j\n", "<test>", Parser.Mode.FILE));
        assertError(error, ParseError.Kind.SyntaxError, 1, 5, "complex numbers are not supported");
    }

    @Test
    void numberFollowedByKeywordEndsBeforeIt() {
        assertArrayEquals(new TokenKind[]{NUMBER, IF, NAME, TokenKind.ELSE, NUMBER, NEWLINE, ENDMARKER}, kinds("1if x else 2"));
    }

    @Test
    void malformedNumbers() {
        assertError(tokenizerError("x = 1abc\n"), ParseError.Kind.SyntaxError, 1, 5, "invalid decimal literal");
        assertError(tokenizerError("x = 1_\n"), ParseError.Kind.SyntaxError, 1, 6, "invalid decimal literal");
        assertError(tokenizerError("x = 0777\n"), ParseError.Kind.SyntaxError, 1, 5,
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        assertError(tokenizerError("x = 0x\n"), ParseError.Kind.SyntaxError, 1, 6, "invalid hexadecimal literal");
        assertError(tokenizerError("x = 0o8\n"), ParseError.Kind.SyntaxError, 1, 7, "invalid digit '8' in octal literal");
        assertError(tokenizerError("x = 0b12\n"), ParseError.Kind.SyntaxError, 1, 8, "invalid digit '2' in binary literal");
        assertError(tokenizerError("x = 1elsewhere\n"), ParseError.Kind.SyntaxError, 1, 5, "invalid decimal literal");
    }

    // ---------------------------------------------------------------- strings

    @Test
    void stringTokenSpansPrefixAndQuotes() {
        List<Token> tokens = tokens("x = rb'\\d' + '''a\nb'''");
        assertEquals(STRING, tokens.get(2).kind());
        assertEquals(4, tokens.get(2).start());
        assertEquals(10, tokens.get(2).end());
        assertEquals(13, tokens.get(4).start());
        assertEquals(22, tokens.get(4).end());
    }

    @Test
    void unterminatedStrings() {
        ParseError single = tokenizerError("x = 'abc\ny = 1\n");
        assertError(single, ParseError.Kind.SyntaxError, 1, 5, "unterminated string literal (detected at line 1)");
        assertFalse(single.incompleteInput());
        ParseError triple = tokenizerError("x = 1\ns = '''abc\ndef\n");
        assertError(triple, ParseError.Kind.SyntaxError, 2, 5, "unterminated triple-quoted string literal (detected at line 3)");
        assertTrue(triple.incompleteInput());
    }

    @Test
    void escapeSequences() {
        assertEquals("\n\t\r\\'\"\u0007\b\f\u000b\0", constant("'\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v\\0'"));
        assertEquals("S\u01ff\u00e9\uD83D\uDE00\u2022", constant("'\\123\\777\\xe9\\U0001F600\\N{BULLET}'"));
        assertEquals("\\q", constant("'\\q'"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertEquals("a\\nb", constant("r'a\\nb'"));
        assertEquals("a\nb", constant("'''a\r\nb'''"));
    }

    @Test
    void bytesLiterals() {
        assertArrayEquals(new byte[]{0, (byte) 0xff, 10, '\\', 'q', (byte) 0xff}, (byte[]) constant("b'\\0\\xff\\n\\q\\777'"));
        assertArrayEquals(new byte[]{'\\', 'x'}, (byte[]) constant("rb'\\x'"));
    }

    @Test
    void malformedEscapesAreReportedAfterTheString() {
        ParseError error = assertThrows(ParseError.class, () -> Parser.parse("x = 'é\\x4'\n", "<test>", Parser.Mode.FILE));
        assertError(error, ParseError.Kind.SyntaxError, 1, 11, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape");
        error = assertThrows(ParseError.class, () -> Parser.parse("x = b'a\\x4z'\n", "<test>", Parser.Mode.FILE));
        assertError(error, ParseError.Kind.SyntaxError, 1, 13, "(value error) invalid \\x escape at position 1");
    }

    @Test
    void adjacentLiteralsConcatenate() {
        assertEquals("abc", constant("'a' \"b\" '''c'''"));
        Expr.Constant unicode = assertInstanceOf(Expr.Constant.class, expression("u'a' 'b'"));
        assertEquals("u", unicode.kind());
        ParseError error = assertThrows(ParseError.class, () -> Parser.parse("x = b'a' 'b'\n", "<test>", Parser.Mode.FILE));
        assertError(error, ParseError.Kind.SyntaxError, 1, 13, "cannot mix bytes and nonbytes literals");
    }

    // ---------------------------------------------------------------- f-strings

    @Test
    void fStringSplitsIntoLiteralsAndFields() {
        Expr.JoinedStr joined = assertInstanceOf(Expr.JoinedStr.class, expression("f'a{{b}}c{d!r:>{w}}e'"));
        assertEquals(3, joined.values().size());
        assertEquals("a{b}c", ((Expr.Constant) joined.values().get(0)).value());
        Expr.FormattedValue field = assertInstanceOf(Expr.FormattedValue.class, joined.values().get(1));
        assertEquals('r', field.conversion());
        assertEquals("d", ((Expr.Name) field.value()).id());
        Expr.JoinedStr spec = assertInstanceOf(Expr.JoinedStr.class, field.formatSpec());
        assertEquals(">", ((Expr.Constant) spec.values().get(0)).value());
        assertEquals("e", ((Expr.Constant) joined.values().get(2)).value());
    }

    @Test
    void fStringExpressionsCarrySourcePositions() {
        Expr.JoinedStr joined = assertInstanceOf(Expr.JoinedStr.class, expression("f'{x} {yy}'"));
        Expr.Name second = (Expr.Name) ((Expr.FormattedValue) joined.values().get(2)).value();
        assertEquals(7, second.start());
        assertEquals(9, second.end());
    }

    @Test
    void selfDocumentingField() {
        Expr.JoinedStr joined = assertInstanceOf(Expr.JoinedStr.class, expression("f'{x = }'"));
        assertEquals("x = ", ((Expr.Constant) joined.values().get(0)).value());
        assertEquals('r', ((Expr.FormattedValue) joined.values().get(1)).conversion());
    }

    @Test
    void fStringErrors() {
        ParseError empty = assertThrows(ParseError.class, () -> Parser.parse("x = f'{}'\n", "<test>", Parser.Mode.FILE));
        assertError(empty, ParseError.Kind.SyntaxError, 1, 10, "f-string: empty expression not allowed");
        ParseError brace = assertThrows(ParseError.class, () -> Parser.parse("x = f'{a'\n", "<test>", Parser.Mode.FILE));
        assertError(brace, ParseError.Kind.SyntaxError, 1, 10, "f-string: expecting '}'");
        ParseError backslash = assertThrows(ParseError.class, () -> Parser.parse("x = f'{\"\\n\"}'\n", "<test>", Parser.Mode.FILE));
        assertError(backslash, ParseError.Kind.SyntaxError, 1, 14, "f-string expression part cannot include a backslash");
        ParseError inner = assertThrows(ParseError.class, () -> Parser.parse("x = f'{a b}'\n", "<test>", Parser.Mode.FILE));
        assertError(inner, ParseError.Kind.SyntaxError, 1, 2, "f-string: invalid syntax. Perhaps you forgot a comma?");
    }
}
