package org.tessera.lang.parser;

/**
 * The kinds of token the {@link Tokenizer} produces. Keywords get their own kinds (CPython's
 * parser does the same after tokenizing them as names); {@link #OP} is a character that is no
 * Python operator, which the parser rejects with "invalid syntax" at its position.
 */
enum TokenKind {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER,

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"), EQUAL("="),
    DOT("."), PERCENT("%"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"),
    CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="),
    STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="),
    LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="),
    AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."), COLONEQUAL(":="),
    /** {@code <>}: tokenized as in CPython, but only valid under {@code barry_as_FLUFL}. */
    LEGACY_NOTEQUAL("<>"),
    OP,

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"), ASYNC("async"), AWAIT("await"),
    BREAK("break"), CLASS("class"), CONTINUE("continue"), DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"),
    EXCEPT("except"), FINALLY("finally"), FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"),
    IN("in"), IS("is"), LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
    RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    /** The source text of an operator or keyword; null for the other kinds. */
    final String text;

    TokenKind() {
        this(null);
    }

    TokenKind(String text) {
        this.text = text;
    }

    /** Whether a token of this kind can begin a star_expression. */
    boolean startsExpression() {
        return switch (this) {
            case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, NONE, TRUE, FALSE, ELLIPSIS, STAR -> true;
            default -> false;
        };
    }

    /** The keyword kind spelled {@code name}, or {@link #NAME}. */
    static TokenKind keywordOrName(String name) {
        return switch (name) {
            case "False" -> FALSE;
            case "None" -> NONE;
            case "True" -> TRUE;
            case "and" -> AND;
            case "as" -> AS;
            case "assert" -> ASSERT;
            case "async" -> ASYNC;
            case "await" -> AWAIT;
            case "break" -> BREAK;
            case "class" -> CLASS;
            case "continue" -> CONTINUE;
            case "def" -> DEF;
            case "del" -> DEL;
            case "elif" -> ELIF;
            case "else" -> ELSE;
            case "except" -> EXCEPT;
            case "finally" -> FINALLY;
            case "for" -> FOR;
            case "from" -> FROM;
            case "global" -> GLOBAL;
            case "if" -> IF;
            case "import" -> IMPORT;
            case "in" -> IN;
            case "is" -> IS;
            case "lambda" -> LAMBDA;
            case "nonlocal" -> NONLOCAL;
            case "not" -> NOT;
            case "or" -> OR;
            case "pass" -> PASS;
            case "raise" -> RAISE;
            case "return" -> RETURN;
            case "try" -> TRY;
            case "while" -> WHILE;
            case "with" -> WITH;
            case "yield" -> YIELD;
            default -> NAME;
        };
    }
}
