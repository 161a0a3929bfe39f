package org.tessera.lang.parser;

/** The operator tables of CPython's {@code Parser/token.c}: one-, two- and three-character tokens. */
final class Operators {
    private Operators() {
    }

    static TokenKind oneChar(int c) {
        return switch (c) {
            case '%' -> TokenKind.PERCENT;
            case '&' -> TokenKind.AMPER;
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '*' -> TokenKind.STAR;
            case '+' -> TokenKind.PLUS;
            case ',' -> TokenKind.COMMA;
            case '-' -> TokenKind.MINUS;
            case '.' -> TokenKind.DOT;
            case '/' -> TokenKind.SLASH;
            case ':' -> TokenKind.COLON;
            case ';' -> TokenKind.SEMI;
            case '<' -> TokenKind.LESS;
            case '=' -> TokenKind.EQUAL;
            case '>' -> TokenKind.GREATER;
            case '@' -> TokenKind.AT;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '{' -> TokenKind.LBRACE;
            case '|' -> TokenKind.VBAR;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            default -> null;
        };
    }

    static TokenKind twoChars(int c1, int c2) {
        return switch (c1) {
            case '!' -> c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%' -> c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&' -> c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*' -> c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+' -> c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-' -> c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/' -> c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':' -> c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<' -> c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL : c2 == '>' ? TokenKind.LEGACY_NOTEQUAL : null;
            case '=' -> c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>' -> c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@' -> c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^' -> c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|' -> c2 == '=' ? TokenKind.VBAREQUAL : null;
            default -> null;
        };
    }

    static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
