package org.tessera.lang.parser;

/**
 * One token. {@code start} and {@code end} are offsets into the parsed source (for the expression
 * of an f-string too: its tokenizer maps its offsets back); {@code level} is the bracket nesting
 * after the token, as CPython records it; {@code value} is the identifier (NFKC-normalised) of a
 * NAME, the Long, BigInteger or Double of a NUMBER (null for an imaginary one, which Tessera
 * rejects), and null otherwise.
 */
record Token(TokenKind kind, int start, int end, int level, Object value) {

    String name() {
        return (String) value;
    }
}
