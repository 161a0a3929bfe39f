package org.tessera.lang.parser;

import static org.tessera.lang.parser.TokenKind.AS;
import static org.tessera.lang.parser.TokenKind.AT;
import static org.tessera.lang.parser.TokenKind.COLON;
import static org.tessera.lang.parser.TokenKind.COMMA;
import static org.tessera.lang.parser.TokenKind.DEDENT;
import static org.tessera.lang.parser.TokenKind.DOT;
import static org.tessera.lang.parser.TokenKind.ELIF;
import static org.tessera.lang.parser.TokenKind.ELLIPSIS;
import static org.tessera.lang.parser.TokenKind.ELSE;
import static org.tessera.lang.parser.TokenKind.ENDMARKER;
import static org.tessera.lang.parser.TokenKind.EQUAL;
import static org.tessera.lang.parser.TokenKind.EXCEPT;
import static org.tessera.lang.parser.TokenKind.FINALLY;
import static org.tessera.lang.parser.TokenKind.FROM;
import static org.tessera.lang.parser.TokenKind.IMPORT;
import static org.tessera.lang.parser.TokenKind.IN;
import static org.tessera.lang.parser.TokenKind.INDENT;
import static org.tessera.lang.parser.TokenKind.LPAR;
import static org.tessera.lang.parser.TokenKind.NAME;
import static org.tessera.lang.parser.TokenKind.NEWLINE;
import static org.tessera.lang.parser.TokenKind.RARROW;
import static org.tessera.lang.parser.TokenKind.RPAR;
import static org.tessera.lang.parser.TokenKind.SEMI;
import static org.tessera.lang.parser.TokenKind.STAR;
import static org.tessera.lang.parser.TokenKind.YIELD;

import java.util.ArrayList;
import java.util.List;

import org.tessera.lang.parser.ParseError.Kind;
import org.tessera.lang.parser.ast.Alias;
import org.tessera.lang.parser.ast.Arguments;
import org.tessera.lang.parser.ast.Ctx;
import org.tessera.lang.parser.ast.ExceptHandler;
import org.tessera.lang.parser.ast.Expr;
import org.tessera.lang.parser.ast.Keyword;
import org.tessera.lang.parser.ast.Mod;
import org.tessera.lang.parser.ast.Operator;
import org.tessera.lang.parser.ast.Stmt;
import org.tessera.lang.parser.ast.WithItem;

/**
 * Statements and the three start rules ({@code file}, {@code interactive}, {@code eval}) of
 * CPython 3.11's grammar, with the second-pass checks for malformed statements: missing colons,
 * missing indented blocks, invalid assignment targets and the like.
 */
final class StatementParser extends ExpressionParser {

    StatementParser(Tokenizer tokenizer, Parser.Mode mode) {
        super(tokenizer, mode);
    }

    // ---------------------------------------------------------------- start rules

    /** file: [statements] ENDMARKER */
    Mod fileInput() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) {
            statement(body);
        }
        return new Mod.Module(body);
    }

    /** interactive: statement_newline */
    Mod interactiveInput() {
        List<Stmt> body = new ArrayList<>();
        Stmt compound = compoundStatement();
        if (compound != null) {
            body.add(compound);
            expect(NEWLINE);
        } else if (at(NEWLINE)) {
            Token newline = next();
            body.add(new Stmt.Pass(newline.start(), newline.end()));
        } else {
            simpleStatements(body);
        }
        return new Mod.Interactive(body);
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    Mod evalInput() {
        Expr body = expressions();
        while (accept(NEWLINE)) {
            continue;
        }
        expect(ENDMARKER);
        return new Mod.Expression(body);
    }

    // ---------------------------------------------------------------- statements

    /** statement: compound_stmt | simple_stmts */
    private void statement(List<Stmt> out) {
        Stmt compound = compoundStatement();
        if (compound != null) {
            out.add(compound);
        } else {
            simpleStatements(out);
        }
    }

    /** The compound statement starting here, or null if the current token starts none. */
    private Stmt compoundStatement() {
        return switch (kind()) {
            case DEF, AT, CLASS -> decorated();
            case IF -> ifStatement();
            case WITH -> withStatement();
            case FOR -> forStatement();
            case TRY -> tryStatement();
            case WHILE -> whileStatement();
            default -> null;
        };
    }

    /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (accept(SEMI)) {
            if (at(NEWLINE)) {
                break;
            }
            out.add(simpleStatement());
        }
        expect(NEWLINE);
    }

    /** simple_stmt */
    private Stmt simpleStatement() {
        Token first = peek();
        int start = first.start();
        return switch (first.kind()) {
            case RETURN -> {
                next();
                Expr value = kind().startsExpression() ? tryParse(this::starExpressions) : null;
                yield new Stmt.Return(value, start, prevEnd());
            }
            case IMPORT -> importName();
            case FROM -> importFrom();
            case RAISE -> raiseStatement();
            case PASS -> {
                next();
                yield new Stmt.Pass(start, prevEnd());
            }
            case BREAK -> {
                next();
                yield new Stmt.Break(start, prevEnd());
            }
            case CONTINUE -> {
                next();
                yield new Stmt.Continue(start, prevEnd());
            }
            case DEL -> deleteStatement();
            case ASSERT -> {
                next();
                Expr test = expression();
                Expr message = at(COMMA) ? tryParse(() -> {
                    next();
                    return expression();
                }) : null;
                yield new Stmt.Assert(test, message, start, prevEnd());
            }
            case GLOBAL, NONLOCAL -> {
                next();
                List<String> names = new ArrayList<>();
                names.add(expect(NAME).name());
                while (accept(COMMA)) {
                    names.add(expect(NAME).name());
                }
                yield first.kind() == TokenKind.GLOBAL ? new Stmt.Global(names, start, prevEnd()) : new Stmt.Nonlocal(names, start, prevEnd());
            }
            default -> invalidRules ? expressionStatementSecondPass() : expressionStatement();
        };
    }

    /**
     * An assignment (plain, annotated or augmented) or an expression statement. The grammar
     * tries the assignment forms first; here the leading expression is read once and what
     * follows it decides.
     */
    private Stmt expressionStatement() {
        int mark = pos;
        Expr first = yieldOrStarExpressions();
        Stmt assignment = assignmentAfter(mark, first);
        return assignment != null ? assignment : new Stmt.ExprStmt(first, tokenAt(mark).start(), prevEnd());
    }

    /** The same, following the grammar's order so that its invalid_assignment checks apply. */
    private Stmt expressionStatementSecondPass() {
        int mark = pos;
        Stmt assignment = tryParse(() -> {
            Stmt s = assignmentAfter(mark, yieldOrStarExpressions());
            if (s == null) {
                throw FAILURE;
            }
            return s;
        });
        if (assignment != null) {
            return assignment;
        }
        invalidAssignment(mark);
        pos = mark;
        Expr value = yieldOrStarExpressions();
        return new Stmt.ExprStmt(value, tokenAt(mark).start(), prevEnd());
    }

    private Expr yieldOrStarExpressions() {
        return at(YIELD) ? yieldExpression() : starExpressions();
    }

    /** The assignment whose first part {@code first} (starting at token {@code mark}) has been read, or null if none follows. */
    private Stmt assignmentAfter(int mark, Expr first) {
        int start = tokenAt(mark).start();
        if (at(COLON)) {
            // NAME ':' expression ['=' annotated_rhs], or a parenthesised or attribute/subscript target.
            if (!Targets.isSingleTarget(first)) {
                throw FAILURE;
            }
            next();
            Expr annotation = expression();
            Expr value = at(EQUAL) ? tryParse(() -> {
                next();
                return yieldOrStarExpressions();
            }) : null;
            int simple = first instanceof Expr.Name && tokenAt(mark).kind() == NAME ? 1 : 0;
            return new Stmt.AnnAssign(Targets.withContext(first, Ctx.Store), annotation, value, simple, start, prevEnd());
        }
        if (at(EQUAL)) {
            // (star_targets '=')+ (yield_expr | star_expressions) !'='
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (accept(EQUAL)) {
                targets.add(storeTarget(value));
                value = yieldOrStarExpressions();
            }
            return new Stmt.Assign(targets, value, start, prevEnd());
        }
        Operator op = augmentedOperator(kind());
        if (op != null) {
            // single_target augassign ~ (yield_expr | star_expressions)
            if (!Targets.isSingleTarget(first)) {
                throw FAILURE;
            }
            next();
            Expr value = yieldOrStarExpressions();
            return new Stmt.AugAssign(Targets.withContext(first, Ctx.Store), op, value, start, prevEnd());
        }
        return null;
    }

    private static Expr storeTarget(Expr e) {
        Expr target = Targets.withContext(e, Ctx.Store);
        if (target == null) {
            throw FAILURE;
        }
        return target;
    }

    private static Operator augmentedOperator(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
    private Stmt raiseStatement() {
        int start = next().start();
        Expr exception = kind().startsExpression() ? tryParse(this::expression) : null;
        if (exception == null) {
            return new Stmt.Raise(null, null, start, prevEnd());
        }
        Expr cause = at(FROM) ? tryParse(() -> {
            next();
            return expression();
        }) : null;
        return new Stmt.Raise(exception, cause, start, prevEnd());
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
    private Stmt deleteStatement() {
        int mark = pos;
        int start = next().start();
        try {
            List<Expr> targets = new ArrayList<>();
            targets.add(target(Ctx.Del));
            while (accept(COMMA) && kind().startsExpression()) {
                targets.add(target(Ctx.Del));
            }
            if (!at(SEMI) && !at(NEWLINE)) {
                throw FAILURE;
            }
            return new Stmt.Delete(targets, start, prevEnd());
        } catch (ParseFailure failure) {
            if (invalidRules) {
                pos = mark + 1;
                Expr e = tryParse(this::starExpressions);
                Expr invalid = e == null ? null : Targets.invalidTarget(e, Targets.Use.DELETE);
                if (invalid != null) {
                    throw syntaxErrorAt(invalid, "cannot delete " + Targets.describe(invalid));
                }
            }
            throw failure;
        }
    }

    // ---------------------------------------------------------------- imports

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        int start = next().start();
        List<Alias> names = new ArrayList<>();
        do {
            int aliasStart = start();
            String name = dottedName();
            String asName = accept(AS) ? expect(NAME).name() : null;
            names.add(new Alias(name, asName, aliasStart, prevEnd()));
        } while (accept(COMMA));
        return new Stmt.Import(names, start, prevEnd());
    }

    /** dotted_name: NAME ('.' NAME)* */
    private String dottedName() {
        StringBuilder name = new StringBuilder(expect(NAME).name());
        while (at(DOT) && peek(1).kind() == NAME) {
            next();
            name.append('.').append(next().name());
        }
        return name.toString();
    }

    /** import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets */
    private Stmt importFrom() {
        int start = next().start();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += next().kind() == DOT ? 1 : 3;
        }
        String module = null;
        if (level == 0 || !at(IMPORT)) {
            module = dottedName();
        }
        expect(IMPORT);
        List<Alias> names;
        if (at(STAR)) {
            Token star = next();
            names = List.of(new Alias("*", null, star.start(), star.end()));
        } else if (accept(LPAR)) {
            names = importFromNames();
            accept(COMMA);
            expect(RPAR);
        } else {
            names = importFromNames();
            if (at(COMMA)) {
                if (invalidRules && peek(1).kind() == NEWLINE) {
                    throw errorAtLastToken(Kind.SyntaxError, "trailing comma not allowed without surrounding parentheses");
                }
                throw FAILURE;
            }
        }
        return new Stmt.ImportFrom(module, names, level, start, prevEnd());
    }

    /** import_from_as_names: ','.import_from_as_name+ */
    private List<Alias> importFromNames() {
        List<Alias> names = new ArrayList<>();
        names.add(importFromName());
        while (at(COMMA, NAME)) {
            next();
            names.add(importFromName());
        }
        return names;
    }

    /** import_from_as_name: NAME ['as' NAME] */
    private Alias importFromName() {
        Token name = expect(NAME);
        String asName = accept(AS) ? expect(NAME).name() : null;
        return new Alias(name.name(), asName, name.start(), prevEnd());
    }

    // ---------------------------------------------------------------- blocks

    /**
     * block: NEWLINE INDENT statements DEDENT | simple_stmts. Without the indented block, the
     * second pass reports "expected an indented block after {@code construct} on line N".
     */
    private List<Stmt> block(String construct, int line) {
        List<Stmt> body = new ArrayList<>();
        if (!at(NEWLINE)) {
            simpleStatements(body);
            return body;
        }
        if (peek(1).kind() != INDENT) {
            if (invalidRules) {
                throw errorAtLastToken(Kind.IndentationError, "expected an indented block after " + construct + " on line " + line);
            }
            throw FAILURE;
        }
        next();
        next();
        do {
            statement(body);
        } while (!at(DEDENT));
        next();
        return body;
    }

    /** A ':' that is not forced: in the second pass, a line ending instead of it is "expected ':'". */
    private void expectColon() {
        if (!at(COLON)) {
            if (invalidRules && at(NEWLINE)) {
                throw errorAtLastToken(Kind.SyntaxError, "expected ':'");
            }
            throw FAILURE;
        }
        next();
    }

    private int lineOf(Token token) {
        return tokenizer.lineOf(token.start());
    }

    /** else_block: 'else' &&':' block */
    private List<Stmt> elseBlock() {
        Token keyword = next();
        expectForced(COLON);
        return block("'else' statement", lineOf(keyword));
    }

    // ---------------------------------------------------------------- compound statements

    /** if_stmt, and elif_stmt for the 'elif' branches. */
    private Stmt ifStatement() {
        Token keyword = next();
        Expr test = namedExpression();
        expectColon();
        boolean isIf = keyword.kind() == TokenKind.IF;
        // CPython's invalid_if_stmt names the line of the condition, invalid_elif_stmt that of 'elif'.
        List<Stmt> body = block(isIf ? "'if' statement" : "'elif' statement", isIf ? tokenizer.lineOf(test.start()) : lineOf(keyword));
        List<Stmt> orElse = List.of();
        if (at(ELIF)) {
            orElse = List.of(ifStatement());
        } else if (at(ELSE)) {
            orElse = elseBlock();
        }
        return new Stmt.If(test, body, orElse, keyword.start(), prevEnd());
    }

    /** while_stmt: 'while' named_expression ':' block [else_block] */
    private Stmt whileStatement() {
        Token keyword = next();
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block("'while' statement", lineOf(keyword));
        List<Stmt> orElse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.While(test, body, orElse, keyword.start(), prevEnd());
    }

    /** for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block] | invalid_for_target */
    private Stmt forStatement() {
        int mark = pos;
        Token keyword = next();
        Expr target;
        try {
            target = starTargets();
            expect(IN);
        } catch (ParseFailure failure) {
            if (invalidRules) {
                pos = mark;
                invalidForTarget();
            }
            throw failure;
        }
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", lineOf(keyword));
        List<Stmt> orElse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.For(target, iter, body, orElse, keyword.start(), prevEnd());
    }

    /** with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block */
    private Stmt withStatement() {
        Token keyword = next();
        int afterKeyword = pos;
        List<WithItem> items = at(LPAR) ? tryParse(this::parenthesizedWithItems) : null;
        if (items == null) {
            items = tryParse(this::withItems);
        }
        if (items == null) {
            if (invalidRules) {
                invalidWithStatement(afterKeyword);
            }
            throw FAILURE;
        }
        List<Stmt> body = block("'with' statement", lineOf(keyword));
        return new Stmt.With(items, body, keyword.start(), prevEnd());
    }

    /** ','.with_item+ ':' */
    private List<WithItem> withItems() {
        List<WithItem> items = new ArrayList<>();
        do {
            items.add(withItem());
        } while (accept(COMMA));
        expect(COLON);
        return items;
    }

    /** invalid_with_stmt: a with statement whose header is not followed by ':'. */
    private void invalidWithStatement(int afterKeyword) {
        pos = afterKeyword;
        // ','.(expression ['as' star_target])+ NEWLINE
        if (tryParse(() -> looseWithItems(false)) && at(NEWLINE)) {
            throw errorAtLastToken(Kind.SyntaxError, "expected ':'");
        }
        pos = afterKeyword;
        // '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
        if (accept(LPAR) && tryParse(() -> looseWithItems(true))) {
            accept(COMMA);
            if (accept(RPAR) && at(NEWLINE)) {
                throw errorAtLastToken(Kind.SyntaxError, "expected ':'");
            }
        }
        pos = afterKeyword;
    }

    /** ','.(expression ['as' star_target])+, or with {@code expressions} in the parenthesised form. */
    private void looseWithItems(boolean parenthesized) {
        Runnable item = () -> {
            if (parenthesized) {
                expressions();
            } else {
                expression();
            }
            if (at(AS)) {
                int beforeAs = pos;
                next();
                if (tryParse(this::starTarget) == null) {
                    pos = beforeAs;
                }
            }
        };
        item.run();
        while (at(COMMA)) {
            int beforeComma = pos;
            next();
            if (!tryParse(item)) {
                pos = beforeComma;
                return;
            }
        }
    }

    private List<WithItem> parenthesizedWithItems() {
        next();
        List<WithItem> items = new ArrayList<>();
        items.add(withItem());
        while (accept(COMMA) && !at(RPAR)) {
            items.add(withItem());
        }
        expect(RPAR);
        expect(COLON);
        return items;
    }

    /** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
    private WithItem withItem() {
        Expr context = expression();
        if (at(AS)) {
            int mark = pos;
            next();
            Expr target = tryParse(this::starTarget);
            if (target != null && (at(COMMA) || at(RPAR) || at(COLON))) {
                return new WithItem(context, target);
            }
            if (invalidRules) {
                pos = mark + 1;
                Expr e = tryParse(this::expression);
                Expr invalid = e == null || !(at(COMMA) || at(RPAR) || at(COLON)) ? null : Targets.invalidTarget(e, Targets.Use.ASSIGN);
                if (invalid != null) {
                    throw syntaxErrorAt(invalid, "cannot assign to " + Targets.describe(invalid));
                }
            }
            pos = mark;
        }
        return new WithItem(context, null);
    }

    /** try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]) */
    private Stmt tryStatement() {
        Token keyword = next();
        expectForced(COLON);
        List<Stmt> body = block("'try' statement", lineOf(keyword));
        List<ExceptHandler> handlers = new ArrayList<>();
        while (at(EXCEPT)) {
            handlers.add(exceptBlock());
        }
        List<Stmt> orElse = List.of();
        List<Stmt> finalBody = List.of();
        if (!handlers.isEmpty() && at(ELSE)) {
            orElse = elseBlock();
        }
        if (at(FINALLY)) {
            Token finallyKeyword = next();
            expectForced(COLON);
            finalBody = block("'finally' statement", lineOf(finallyKeyword));
        } else if (handlers.isEmpty()) {
            if (invalidRules) {
                throw errorAtLastToken(Kind.SyntaxError, "expected 'except' or 'finally' block");
            }
            throw FAILURE;
        }
        return new Stmt.Try(body, handlers, orElse, finalBody, keyword.start(), prevEnd());
    }

    /** except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block */
    private ExceptHandler exceptBlock() {
        Token keyword = next();
        Expr type = null;
        String name = null;
        if (!at(COLON)) {
            if (invalidRules) {
                invalidExcept();
            }
            type = expression();
            if (accept(AS)) {
                name = expect(NAME).name();
            }
        }
        expectColon();
        List<Stmt> body = block("'except' statement", lineOf(keyword));
        return new ExceptHandler(type, name, body, keyword.start(), prevEnd());
    }

    /** invalid_except_stmt: unparenthesised exception types, a missing ':', or 'except*' without types. */
    private void invalidExcept() {
        int mark = pos;
        accept(STAR);
        Expr first = tryParse(this::expression);
        if (first != null && accept(COMMA) && tryParse(this::expressions) != null && (!accept(AS) || accept(NAME)) && at(COLON)) {
            throw rangeError(Kind.SyntaxError, first.start(), first.end(), "multiple exception types must be parenthesized");
        }
        pos = mark;
        if (at(NEWLINE)) {
            throw errorAtLastToken(Kind.SyntaxError, "expected ':'");
        }
        if (at(STAR) && (peek(1).kind() == NEWLINE || peek(1).kind() == COLON)) {
            throw errorAtLastToken(Kind.SyntaxError, "expected one or more exception types");
        }
    }

    /** function_def or class_def, with any decorators. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        return switch (kind()) {
            case DEF -> functionDef(decorators);
            case CLASS -> classDef(decorators);
            default -> throw FAILURE;
        };
    }

    /** function_def_raw: 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block */
    private Stmt functionDef(List<Expr> decorators) {
        Token keyword = next();
        String name = expect(NAME).name();
        expectForced(LPAR);
        Arguments arguments = parameters(false);
        expect(RPAR);
        Expr returns = at(RARROW) ? tryParse(() -> {
            next();
            return expression();
        }) : null;
        expectForced(COLON);
        List<Stmt> body = block("function definition", lineOf(keyword));
        return new Stmt.FunctionDef(name, arguments, body, decorators, returns, keyword.start(), prevEnd());
    }

    /** class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block */
    private Stmt classDef(List<Expr> decorators) {
        Token keyword = next();
        String name = expect(NAME).name();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(LPAR)) {
            ArgumentList arguments = classArguments();
            bases = arguments.args();
            keywords = arguments.keywords();
        }
        expectColon();
        List<Stmt> body = block("class definition", lineOf(keyword));
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, keyword.start(), prevEnd());
    }

    // ---------------------------------------------------------------- invalid_assignment

    /** invalid_assignment: the alternatives CPython tries when a statement is no valid assignment. */
    private void invalidAssignment(int mark) {
        pos = mark;
        // a=invalid_ann_assign_target ':' expression
        Expr target = tryParse(this::atom);
        if ((target instanceof Expr.ListExpr || target instanceof Expr.Tuple) && accept(COLON) && tryParse(this::expression) != null) {
            throw syntaxErrorAt(target, "only single target (not " + Targets.describe(target) + ") can be annotated");
        }
        pos = mark;
        // a=star_named_expression ',' star_named_expressions* ':' expression
        Expr first = tryParse(this::starNamedExpression);
        if (first != null && accept(COMMA)) {
            while (tryParse(this::starNamedExpressionsForAnnotation) != null) {
                continue;
            }
            if (accept(COLON) && tryParse(this::expression) != null) {
                throw syntaxErrorAt(first, "only single target (not tuple) can be annotated");
            }
        }
        pos = mark;
        // a=expression ':' expression
        first = tryParse(this::expression);
        if (first != null && accept(COLON) && tryParse(this::expression) != null) {
            throw syntaxErrorAt(first, "illegal target for annotation");
        }
        pos = mark;
        // (star_targets '=')* a=star_expressions '='
        skipTargetsAndEquals();
        Expr value = tryParse(this::starExpressions);
        if (value != null && at(EQUAL)) {
            Expr invalid = Targets.invalidTarget(value, Targets.Use.ASSIGN);
            if (invalid != null) {
                throw syntaxErrorAt(invalid, "cannot assign to " + Targets.describe(invalid));
            }
        }
        pos = mark;
        // (star_targets '=')* a=yield_expr '='
        skipTargetsAndEquals();
        if (at(YIELD)) {
            value = tryParse(this::yieldExpression);
            if (value != null && at(EQUAL)) {
                throw syntaxErrorAt(value, "assignment to yield expression not possible");
            }
        }
        pos = mark;
        // a=star_expressions augassign (yield_expr | star_expressions)
        value = tryParse(this::starExpressions);
        if (value != null && augmentedOperator(kind()) != null) {
            next();
            if (tryParse(this::yieldOrStarExpressions) != null) {
                throw syntaxErrorAt(value, "'" + Targets.describe(value) + "' is an illegal expression for augmented assignment");
            }
        }
        pos = mark;
    }

    /** star_named_expressions: ','.star_named_expression+ [','] */
    private List<Expr> starNamedExpressionsForAnnotation() {
        List<Expr> elts = new ArrayList<>();
        elts.add(starNamedExpression());
        while (accept(COMMA) && kind().startsExpression()) {
            elts.add(starNamedExpression());
        }
        return elts;
    }

    /** (star_targets '=')* */
    private void skipTargetsAndEquals() {
        while (true) {
            int before = pos;
            if (tryParse(this::starTargets) == null || !accept(EQUAL)) {
                pos = before;
                return;
            }
        }
    }
}
