package org.tessera.tck;

import static org.graalvm.polyglot.tck.TypeDescriptor.ANY;
import static org.graalvm.polyglot.tck.TypeDescriptor.BOOLEAN;
import static org.graalvm.polyglot.tck.TypeDescriptor.EXCEPTION;
import static org.graalvm.polyglot.tck.TypeDescriptor.META_OBJECT;
import static org.graalvm.polyglot.tck.TypeDescriptor.NULL;
import static org.graalvm.polyglot.tck.TypeDescriptor.NUMBER;
import static org.graalvm.polyglot.tck.TypeDescriptor.OBJECT;
import static org.graalvm.polyglot.tck.TypeDescriptor.STRING;
import static org.graalvm.polyglot.tck.TypeDescriptor.array;
import static org.graalvm.polyglot.tck.TypeDescriptor.executable;
import static org.graalvm.polyglot.tck.TypeDescriptor.instantiable;
import static org.graalvm.polyglot.tck.TypeDescriptor.intersection;
import static org.graalvm.polyglot.tck.TypeDescriptor.iterable;
import static org.graalvm.polyglot.tck.TypeDescriptor.iterator;
import static org.graalvm.polyglot.tck.TypeDescriptor.union;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.tck.InlineSnippet;
import org.graalvm.polyglot.tck.LanguageProvider;
import org.graalvm.polyglot.tck.ResultVerifier;
import org.graalvm.polyglot.tck.Snippet;
import org.graalvm.polyglot.tck.TypeDescriptor;

/**
 * Tessera's side of the GraalVM polyglot TCK: values of every Python type, the operators as
 * expressions, statements and whole scripts, each a Python function the TCK calls with values
 * of every language it runs (Tessera's own, Java host values, ...). Each snippet is defined by
 * Python source and fetched from the context's bindings.
 */
public final class TesseraProvider implements LanguageProvider {
    static final String ID = "tessera";

    private static final TypeDescriptor NUMERIC = union(NUMBER, BOOLEAN);
    private static final TypeDescriptor BIG_OR_SMALL = NUMBER;
    /** What a for loop, list() and the like accept: Python iterates strings too. */
    private static final TypeDescriptor ITERABLE = union(iterable(ANY), iterator(ANY), array(ANY), STRING);

    /** A list or tuple: an array that iterates its elements. */
    private static TypeDescriptor sequence(TypeDescriptor component) {
        return intersection(array(component), iterable(component));
    }

    /** A Python function: an object (its __name__, __defaults__...) that executes. */
    private static TypeDescriptor function(TypeDescriptor result, TypeDescriptor... parameters) {
        return intersection(OBJECT, executable(result, parameters));
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Value createIdentityFunction(Context context) {
        return define(context, "identity", "def identity(x):\n    return x\n");
    }

    @Override
    public Collection<? extends Snippet> createValueConstructors(Context context) {
        List<Snippet> snippets = new ArrayList<>();
        value(context, snippets, "bool:True", BOOLEAN, "True");
        value(context, snippets, "bool:False", BOOLEAN, "False");
        value(context, snippets, "int", NUMBER, "42");
        value(context, snippets, "int:negative", NUMBER, "-7");
        value(context, snippets, "int:big", BIG_OR_SMALL, "2 ** 70 + 1");
        value(context, snippets, "float", NUMBER, "1.5");
        value(context, snippets, "str", STRING, "'hello'");
        value(context, snippets, "str:empty", STRING, "''");
        value(context, snippets, "NoneType", NULL, "None");
        value(context, snippets, "list", sequence(ANY), "[1, 'two', None]");
        value(context, snippets, "list:int", sequence(NUMBER), "[1, 2, 3]");
        value(context, snippets, "list:str", sequence(STRING), "['a', 'b']");
        value(context, snippets, "tuple", sequence(ANY), "(1, 'two', 3.0)");
        value(context, snippets, "tuple:int", sequence(NUMBER), "(4, 5)");
        value(context, snippets, "dict", intersection(TypeDescriptor.hash(STRING, NUMBER), iterable(STRING)), "{'a': 1, 'b': 2}");
        value(context, snippets, "set", iterable(NUMBER), "{1, 2, 3}");
        value(context, snippets, "function", function(ANY, ANY), "lambda x: x");
        value(context, snippets, "builtin_function", function(ANY, ANY), "len");
        value(context, snippets, "class", intersection(OBJECT, META_OBJECT, executable(ANY, true), instantiable(ANY, true)), "TckPoint");
        value(context, snippets, "instance", OBJECT, "TckPoint()");
        value(context, snippets, "bound_method", function(ANY), "TckPoint().norm");
        value(context, snippets, "generator", intersection(OBJECT, iterator(ANY), iterable(NUMBER)), "tck_count(3)");
        value(context, snippets, "iterator", intersection(OBJECT, iterator(ANY), iterable(NUMBER)), "iter([1, 2])");
        value(context, snippets, "exception", intersection(OBJECT, EXCEPTION), "ValueError('bad value')");
        value(context, snippets, "range", iterable(NUMBER), "range(3)");
        return snippets;
    }

    private static void value(Context context, List<Snippet> snippets, String id, TypeDescriptor type, String expression) {
        String name = "tck_value_" + id.replace(':', '_');
        Value constructor = define(context, name, VALUE_SUPPORT + "def " + name + "():\n    return " + expression + "\n");
        snippets.add(Snippet.newBuilder(id, constructor, type).build());
    }

    /** Classes and generators the value constructors use. */
    private static final String VALUE_SUPPORT = """
                    class TckPoint:
                        def __init__(self):
                            self.x = 3
                            self.y = 4
                        def norm(self):
                            return self.x * self.x + self.y * self.y
                    def tck_count(n):
                        for i in range(n):
                            yield i
                    """;

    @Override
    public Collection<? extends Snippet> createExpressions(Context context) {
        List<Snippet> snippets = new ArrayList<>();
        binary(context, snippets, "+", NUMBER, NUMERIC, NUMERIC, null);
        binary(context, snippets, "+", STRING, STRING, STRING, null);
        binary(context, snippets, "+", sequence(ANY), sequence(ANY), sequence(ANY), Verifiers.sameSequenceKind(sequence(ANY), sequence(ANY)));
        binary(context, snippets, "-", NUMBER, NUMERIC, NUMERIC, null);
        binary(context, snippets, "*", NUMBER, NUMERIC, NUMERIC, null);
        binary(context, snippets, "*", union(STRING, sequence(ANY)), union(STRING, sequence(ANY)), NUMERIC, Verifiers.sequenceRepeat(0, union(STRING, sequence(ANY)), NUMERIC));
        binary(context, snippets, "*", union(STRING, sequence(ANY)), NUMERIC, union(STRING, sequence(ANY)), Verifiers.sequenceRepeat(1, NUMERIC, union(STRING, sequence(ANY))));
        binary(context, snippets, "/", NUMBER, NUMERIC, NUMERIC, Verifiers.division(NUMERIC, NUMERIC));
        binary(context, snippets, "//", NUMBER, NUMERIC, NUMERIC, Verifiers.division(NUMERIC, NUMERIC));
        binary(context, snippets, "%", NUMBER, NUMERIC, NUMERIC, Verifiers.division(NUMERIC, NUMERIC));
        binary(context, snippets, "==", BOOLEAN, ANY, ANY, null);
        binary(context, snippets, "!=", BOOLEAN, ANY, ANY, null);
        binary(context, snippets, "<", BOOLEAN, NUMERIC, NUMERIC, null);
        binary(context, snippets, "<=", BOOLEAN, NUMERIC, NUMERIC, null);
        binary(context, snippets, ">", BOOLEAN, NUMERIC, NUMERIC, null);
        binary(context, snippets, ">=", BOOLEAN, NUMERIC, NUMERIC, null);
        binary(context, snippets, "<", BOOLEAN, STRING, STRING, null);
        binary(context, snippets, "is", BOOLEAN, ANY, ANY, null);
        binary(context, snippets, "and", ANY, ANY, ANY, null);
        binary(context, snippets, "or", ANY, ANY, ANY, null);
        unary(context, snippets, "not", "not x", BOOLEAN, ANY, null);
        unary(context, snippets, "-", "-x", NUMBER, NUMERIC, null);
        unary(context, snippets, "len", "len(x)", NUMBER, union(STRING, array(ANY), TypeDescriptor.hash(ANY, ANY)), null);
        unary(context, snippets, "str", "str(x)", STRING, ANY, null);
        unary(context, snippets, "repr", "repr(x)", STRING, ANY, null);
        unary(context, snippets, "bool", "bool(x)", BOOLEAN, ANY, null);
        unary(context, snippets, "list-from-iterable", "list(x)", sequence(ANY), ITERABLE, null);
        unary(context, snippets, "subscript[0]", "x[0]", ANY, union(STRING, array(ANY)), Verifiers.emptyIndex(union(STRING, array(ANY))));
        Value isinstance = define(context, "tck_isinstance", "def tck_isinstance(x, t):\n    return isinstance(x, t)\n");
        snippets.add(Snippet.newBuilder("isinstance", isinstance, BOOLEAN).parameterTypes(ANY, META_OBJECT).build());
        return snippets;
    }

    private static void binary(Context context, List<Snippet> snippets, String operator, TypeDescriptor result, TypeDescriptor left, TypeDescriptor right, ResultVerifier verifier) {
        String name = "tck_op_" + Integer.toHexString(operator.hashCode()) + "_" + snippets.size();
        Value fn = define(context, name, "def " + name + "(a, b):\n    return a " + operator + " b\n");
        Snippet.Builder builder = Snippet.newBuilder(operator, fn, result).parameterTypes(left, right);
        snippets.add((verifier == null ? builder : builder.resultVerifier(verifier)).build());
    }

    private static void unary(Context context, List<Snippet> snippets, String id, String expression, TypeDescriptor result, TypeDescriptor operand, ResultVerifier verifier) {
        String name = "tck_unary_" + snippets.size();
        Value fn = define(context, name, "def " + name + "(x):\n    return " + expression + "\n");
        Snippet.Builder builder = Snippet.newBuilder(id, fn, result).parameterTypes(operand);
        snippets.add((verifier == null ? builder : builder.resultVerifier(verifier)).build());
    }

    @Override
    public Collection<? extends Snippet> createStatements(Context context) {
        List<Snippet> snippets = new ArrayList<>();
        statement(context, snippets, "if", BOOLEAN, """
                        def tck_if(p):
                            if p:
                                return True
                            else:
                                return False
                        """, ANY);
        statement(context, snippets, "while", NUMBER, """
                        def tck_while(p):
                            n = 0
                            while p and n < 3:
                                n += 1
                            return n
                        """, ANY);
        statement(context, snippets, "for", NUMBER, """
                        def tck_for(items):
                            n = 0
                            for item in items:
                                n += 1
                            return n
                        """, ITERABLE);
        statement(context, snippets, "try-except", STRING, """
                        def tck_try(a):
                            try:
                                1 / a
                                return 'ok'
                            except ZeroDivisionError:
                                return 'zero'
                            except TypeError:
                                return 'type'
                        """, ANY);
        statement(context, snippets, "try-finally", ANY, """
                        def tck_finally(a):
                            log = []
                            try:
                                log.append(a)
                            finally:
                                log.append('finally')
                            return log[0]
                        """, ANY);
        statement(context, snippets, "with", ANY, """
                        class TckManager:
                            def __init__(self, value):
                                self.value = value
                                self.exited = False
                            def __enter__(self):
                                return self.value
                            def __exit__(self, *exc):
                                self.exited = True
                                return False
                        def tck_with(a):
                            m = TckManager(a)
                            with m as v:
                                result = v
                            assert m.exited
                            return result
                        """, ANY);
        statement(context, snippets, "assign", ANY, """
                        def tck_assign(a):
                            b = a
                            c, d = b, b
                            return d
                        """, ANY);
        statement(context, snippets, "raise", ANY, """
                        def tck_raise(a):
                            try:
                                raise ValueError(a)
                            except ValueError as e:
                                return e.args[0]
                        """, ANY);
        return snippets;
    }

    private static void statement(Context context, List<Snippet> snippets, String id, TypeDescriptor result, String code, TypeDescriptor... parameters) {
        String name = code.substring(code.lastIndexOf("def ") + 4, code.indexOf('(', code.lastIndexOf("def ")));
        snippets.add(Snippet.newBuilder(id, define(context, name, code), result).parameterTypes(parameters).build());
    }

    @Override
    public Collection<? extends Snippet> createScripts(Context context) {
        List<Snippet> snippets = new ArrayList<>();
        snippets.add(script(context, "fib.py", NUMBER));
        snippets.add(script(context, "classes.py", STRING));
        snippets.add(script(context, "generators.py", sequence(NUMBER)));
        snippets.add(script(context, "exceptions.py", STRING));
        return snippets;
    }

    /** A script defines main(); the snippet is main, run with no arguments. */
    private static Snippet script(Context context, String resource, TypeDescriptor result) {
        context.eval(source(resource));
        Value main = context.getBindings(ID).getMember("main");
        return Snippet.newBuilder(resource, main, result).build();
    }

    /**
     * Inline code the TCK evaluates at statements of a running script, as a debugger does: the
     * frame's locals, globals and builtins must all be visible, on every line of a function.
     */
    @Override
    public Collection<? extends InlineSnippet> createInlineScripts(Context context) {
        Snippet script = script(context, "inline.py", NUMBER);
        List<InlineSnippet> snippets = new ArrayList<>();
        snippets.add(InlineSnippet.newBuilder(script, "n * 2 + len(squares) + TCK_OFFSET").locationPredicate(section -> section.getStartLine() == 6).resultVerifier(run -> {
            if (run.getException() != null) {
                throw run.getException();
            }
            Value result = run.getResult();
            if (!result.fitsInInt() || result.asInt() < 100) {
                throw new AssertionError("expected n * 2 + len(squares) + 100 at line 6, got " + result);
            }
        }).build());
        snippets.add(InlineSnippet.newBuilder(script, "str(total)").locationPredicate(section -> section.getStartLine() == 7).resultVerifier(run -> {
            if (run.getException() != null) {
                throw run.getException();
            }
            if (!run.getResult().isString()) {
                throw new AssertionError("str(total) should be a string, got " + run.getResult());
            }
        }).build());
        return snippets;
    }

    @Override
    public Collection<? extends Source> createInvalidSyntaxScripts(Context context) {
        return List.of(source("invalid_indent.py"), source("invalid_expression.py"), source("invalid_unclosed.py"));
    }

    private static Source source(String resource) {
        try (Reader in = new InputStreamReader(TesseraProvider.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return Source.newBuilder(ID, in, resource).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code code} in the context and returns the global it defines as {@code name}. */
    static Value define(Context context, String name, String code) {
        context.eval(ID, code);
        Value value = context.getBindings(ID).getMember(name);
        if (value == null) {
            throw new AssertionError(name + " was not defined by: " + code);
        }
        return value;
    }
}
