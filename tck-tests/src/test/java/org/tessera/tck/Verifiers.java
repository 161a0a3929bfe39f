package org.tessera.tck;

import java.util.List;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.tck.ResultVerifier;
import org.graalvm.polyglot.tck.TypeDescriptor;

/**
 * Where Python answers some operand combinations with an exception, these say which: a run must
 * succeed (and give the declared type) exactly when CPython would, and otherwise fail with a
 * Python exception of the expected class, never an internal error.
 */
final class Verifiers {
    private Verifiers() {
    }

    private static final ResultVerifier DEFAULT = ResultVerifier.getDefaultResultVerifier();

    /**
     * A verifier that applies {@code python} when the arguments have the declared parameter types
     * (an expression test: Python's own answer is checked) and the default verifier otherwise (an
     * error-type test, which wants the exception rethrown).
     */
    private static ResultVerifier withinTypes(TypeDescriptor[] declared, ResultVerifier python) {
        return run -> {
            List<? extends Value> arguments = run.getParameters();
            for (int i = 0; i < declared.length; i++) {
                if (!declared[i].isAssignable(TypeDescriptor.forValue(arguments.get(i)))) {
                    DEFAULT.accept(run);
                    return;
                }
            }
            python.accept(run);
        };
    }

    /** {@code a / b}, {@code a // b}, {@code a % b}: ZeroDivisionError for a zero divisor. */
    static ResultVerifier division(TypeDescriptor... declared) {
        return withinTypes(declared, run -> {
            if (isZero(run.getParameters().get(1))) {
                expectPythonError(run, "ZeroDivisionError");
            } else {
                DEFAULT.accept(run);
            }
        });
    }

    /** {@code a + b} on sequences: lists with lists and tuples with tuples; anything else a TypeError. */
    static ResultVerifier sameSequenceKind(TypeDescriptor... declared) {
        return withinTypes(declared, run -> {
            String left = pythonType(run.getParameters().get(0));
            String right = pythonType(run.getParameters().get(1));
            if (left != null && left.equals(right) && isOneOf(left, "list", "tuple")) {
                DEFAULT.accept(run);
            } else {
                expectPythonError(run, "TypeError");
            }
        });
    }

    /** {@code s * n} and {@code n * s}: a str, list or tuple repeated by an int; TypeError or OverflowError otherwise. */
    static ResultVerifier sequenceRepeat(int sequenceIndex, TypeDescriptor... declared) {
        return withinTypes(declared, run -> {
            Value sequence = run.getParameters().get(sequenceIndex);
            Value count = run.getParameters().get(1 - sequenceIndex);
            boolean repeatable = isOneOf(pythonType(sequence), "str", "list", "tuple") || sequence.isString();
            // a negative count gives an empty sequence; a huge one does not fit in memory
            boolean smallInt = count.isBoolean() || (count.fitsInLong() && count.asLong() < 1000 && !isFloat(count));
            if (repeatable && smallInt) {
                DEFAULT.accept(run);
            } else {
                expectPythonError(run, "TypeError", "OverflowError", "MemoryError");
            }
        });
    }

    /** {@code x[0]}: IndexError for an empty sequence. */
    static ResultVerifier emptyIndex(TypeDescriptor... declared) {
        return withinTypes(declared, run -> {
            Value sequence = run.getParameters().get(0);
            if (sequence.isString() ? sequence.asString().isEmpty() : sequence.hasArrayElements() && sequence.getArraySize() == 0) {
                expectPythonError(run, "IndexError");
            } else {
                DEFAULT.accept(run);
            }
        });
    }

    private static boolean isOneOf(String name, String... names) {
        return name != null && List.of(names).contains(name);
    }

    private static boolean isZero(Value v) {
        if (v.isBoolean()) {
            return !v.asBoolean();
        }
        return v.isNumber() && v.fitsInDouble() && v.asDouble() == 0;
    }

    private static boolean isFloat(Value v) {
        return "float".equals(pythonType(v)) || (v.isNumber() && !v.fitsInLong() && v.fitsInDouble());
    }

    /** The Python class name of a Tessera value, or null for a value of another language. */
    private static String pythonType(Value v) {
        Value meta = v.isHostObject() ? null : v.getMetaObject();
        return meta == null ? null : meta.getMetaSimpleName();
    }

    private static void expectPythonError(ResultVerifier.SnippetRun run, String... classes) {
        PolyglotException e = run.getException();
        if (e == null) {
            // Tessera answered where CPython raises
            throw new AssertionError("expected " + List.of(classes) + " for " + run.getParameters() + ", got " + run.getResult());
        }
        if (!e.isGuestException() || e.isInternalError()) {
            throw e;
        }
        String message = e.getMessage();
        for (String c : classes) {
            if (message != null && message.startsWith(c)) {
                return;
            }
        }
        throw e;
    }
}
