package org.tessera.lang.runtime.exception;

import java.util.Locale;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.runtime.BuiltinTypes;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

/**
 * The one place Python exceptions are made. Nodes and builtins write
 * {@code throw PyErrors.typeError(this, "...")}: the factory returns the throwable so the caller's
 * {@code throw} keeps control flow visible. Messages follow CPython 3.11's wording; the helpers
 * for recurring messages ({@link #unsupportedBinary}, {@link #notSubscriptable}...) keep them
 * identical everywhere.
 */
public final class PyErrors {
    private PyErrors() {
    }

    @TruffleBoundary
    public static PyException raise(Node location, ErrorType type, String message) {
        return new PyException(create(type, message), locate(location));
    }

    /** The given node, or the node that slow-path code is running at (see {@link Location}). */
    public static Node locate(Node location) {
        return location != null ? location : Location.current();
    }

    @TruffleBoundary
    public static PyException format(Node location, ErrorType type, String format, Object... args) {
        return raise(location, type, String.format(Locale.ROOT, format, args));
    }

    /** A new, not yet raised exception of a built-in class with a message as its one argument. */
    @TruffleBoundary
    public static PyBaseException create(ErrorType type, String message) {
        return createWithArgs(types().error(type), message == null ? PyTuple.EMPTY : PyTuple.of(message));
    }

    @TruffleBoundary
    public static PyBaseException createWithArgs(PyType type, PyTuple args) {
        return new PyBaseException(type.getInstanceShape(), args);
    }

    @TruffleBoundary
    public static boolean isInstance(PyBaseException exception, ErrorType type) {
        return exception.isInstanceOf(types().error(type));
    }

    private static BuiltinTypes types() {
        return TesseraLanguage.get(null).getTypes();
    }

    /** The {@code name} and {@code path} attributes of an ImportError. */
    @TruffleBoundary
    public static void setImportDetails(PyException e, String name, Object path) {
        com.oracle.truffle.api.object.DynamicObjectLibrary lib = com.oracle.truffle.api.object.DynamicObjectLibrary.getUncached();
        lib.put(e.getPythonException(), "name", name);
        lib.put(e.getPythonException(), "path", path);
    }

    public static PyException typeError(Node location, String format, Object... args) {
        return format(location, ErrorType.TypeError, format, args);
    }

    public static PyException valueError(Node location, String format, Object... args) {
        return format(location, ErrorType.ValueError, format, args);
    }

    public static PyException indexError(Node location, String format, Object... args) {
        return format(location, ErrorType.IndexError, format, args);
    }

    public static PyException overflowError(Node location, String format, Object... args) {
        return format(location, ErrorType.OverflowError, format, args);
    }

    public static PyException zeroDivisionError(Node location, String message) {
        return raise(location, ErrorType.ZeroDivisionError, message);
    }

    public static PyException runtimeError(Node location, String format, Object... args) {
        return format(location, ErrorType.RuntimeError, format, args);
    }

    /** {@code KeyError(key)}: its message is the key itself, shown with repr. */
    @TruffleBoundary
    public static PyException keyError(Node location, Object key) {
        return new PyException(createWithArgs(types().error(ErrorType.KeyError), PyTuple.of(key)), locate(location));
    }

    public static PyException nameError(Node location, String name) {
        return format(location, ErrorType.NameError, "name '%s' is not defined", name);
    }

    public static PyException unboundLocal(Node location, String name) {
        return format(location, ErrorType.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
    }

    public static PyException unboundFree(Node location, String name) {
        return format(location, ErrorType.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                        name);
    }

    @TruffleBoundary
    public static PyException attributeError(Node location, Object object, String name) {
        if (object instanceof PyType type) {
            return format(location, ErrorType.AttributeError, "type object '%s' has no attribute '%s'", type.getName(), name);
        } else if (object instanceof org.tessera.lang.runtime.PyModule module) {
            return format(location, ErrorType.AttributeError, "module '%s' has no attribute '%s'", module.getName(), name);
        }
        return format(location, ErrorType.AttributeError, "'%s' object has no attribute '%s'", typeName(object), name);
    }

    @TruffleBoundary
    public static PyException unsupportedBinary(Node location, String operator, Object left, Object right) {
        boolean plus = operator.equals("+") || operator.equals("+=");
        if (plus && left instanceof String && !(right instanceof String)) {
            return typeError(location, "can only concatenate str (not \"%s\") to str", typeName(right));
        }
        if (plus && left instanceof org.tessera.lang.runtime.PyList && !(right instanceof org.tessera.lang.runtime.PyList)) {
            return typeError(location, "can only concatenate list (not \"%s\") to list", typeName(right));
        }
        if (plus && left instanceof org.tessera.lang.runtime.PyBytes && right instanceof String) {
            return typeError(location, "can't concat str to bytes");
        }
        if (plus && left instanceof PyTuple && !(right instanceof PyTuple)) {
            return typeError(location, "can only concatenate tuple (not \"%s\") to tuple", typeName(right));
        }
        if (operator.equals("**")) {
            return typeError(location, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", typeName(left), typeName(right));
        }
        return typeError(location, "unsupported operand type(s) for %s: '%s' and '%s'", operator, typeName(left), typeName(right));
    }

    @TruffleBoundary
    public static PyException unsupportedUnary(Node location, String operator, Object operand) {
        return typeError(location, "bad operand type for unary %s: '%s'", operator, typeName(operand));
    }

    @TruffleBoundary
    public static PyException unorderable(Node location, String operator, Object left, Object right) {
        return typeError(location, "'%s' not supported between instances of '%s' and '%s'", operator, typeName(left), typeName(right));
    }

    @TruffleBoundary
    public static PyException notSubscriptable(Node location, Object object) {
        return typeError(location, "'%s' object is not subscriptable", typeName(object));
    }

    @TruffleBoundary
    public static PyException notCallable(Node location, Object object) {
        return typeError(location, "'%s' object is not callable", typeName(object));
    }

    @TruffleBoundary
    public static PyException notIterable(Node location, Object object) {
        return typeError(location, "'%s' object is not iterable", typeName(object));
    }

    @TruffleBoundary
    public static PyException indicesMustBeIntegers(Node location, String kind, Object index) {
        return typeError(location, "%s indices must be integers or slices, not %s", kind, typeName(index));
    }

    @TruffleBoundary
    public static PyException recursionError(Node location) {
        return raise(location, ErrorType.RecursionError, "maximum recursion depth exceeded");
    }

    @TruffleBoundary
    public static String typeName(Object object) {
        return PyObjects.typeOf(object).getName();
    }
}
