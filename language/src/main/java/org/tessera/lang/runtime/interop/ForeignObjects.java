package org.tessera.lang.runtime.interop;

import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;

/** {@code len()} and {@code []} on values of other languages: their arrays, hashes and strings. */
public final class ForeignObjects {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private ForeignObjects() {
    }

    /** True for a value of another language (or a Java host object), not a Python value. */
    public static boolean isForeign(Object value) {
        return value instanceof TruffleObject && !InteropValues.isPythonValue(value);
    }

    /**
     * Python values as arguments of a foreign call: ints that fit pass as Java ints, which
     * JavaScript keeps integral ({@code x + 1} of a Java long would give a double), and None as
     * itself (null to the other language).
     */
    private static Object[] toForeign(Object[] args) {
        Object[] result = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            result[i] = args[i] instanceof Long l && l == (int) (long) l ? (Object) (int) (long) l : args[i];
        }
        return result;
    }

    /** A foreign call's refusal of its arguments, as Python's TypeError. */
    private static PyException badArguments(InteropException e) {
        if (e instanceof ArityException arity) {
            return PyErrors.typeError(null, "foreign call expected %d arguments, got %d", arity.getExpectedMinArity(), arity.getActualArity());
        }
        return PyErrors.typeError(null, "invalid argument for a foreign call: %s", e.getMessage());
    }

    /** Attribute {@code name} of a foreign object, as a Python value; null if it has no such readable member. */
    @TruffleBoundary
    public static Object getMember(Object value, String name) {
        if (!INTEROP.isMemberReadable(value, name)) {
            return null;
        }
        try {
            return InteropValues.toPython(INTEROP.readMember(value, name));
        } catch (AbstractTruffleException e) {
            throw ForeignErrors.wrap(e);
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            return null;
        }
    }

    /**
     * {@code value.name(*args)} for a foreign object whose member {@code name} is invocable, so a
     * JavaScript method sees its object as {@code this}; null if the member is not invocable.
     */
    @TruffleBoundary
    public static Object invoke(Object value, String name, Object[] args) {
        if (!isForeign(value) || !INTEROP.isMemberInvocable(value, name)) {
            return null;
        }
        try {
            return InteropValues.toPython(INTEROP.invokeMember(value, name, toForeign(args)));
        } catch (AbstractTruffleException e) {
            throw ForeignErrors.wrap(e);
        } catch (UnsupportedTypeException | ArityException e) {
            throw badArguments(e);
        } catch (UnsupportedMessageException | UnknownIdentifierException e) {
            return null;
        }
    }

    /**
     * Calls a foreign executable (or instantiates a foreign class) with Python arguments; null if
     * it is neither. Its errors become Python's: a wrong argument is a TypeError.
     */
    @TruffleBoundary
    public static Object call(Object callable, Object[] args) {
        try {
            if (INTEROP.isExecutable(callable)) {
                return InteropValues.toPython(INTEROP.execute(callable, toForeign(args)));
            } else if (INTEROP.isInstantiable(callable)) {
                return InteropValues.toPython(INTEROP.instantiate(callable, toForeign(args)));
            }
        } catch (AbstractTruffleException e) {
            throw ForeignErrors.wrap(e);
        } catch (UnsupportedTypeException | ArityException e) {
            throw badArguments(e);
        } catch (UnsupportedMessageException e) {
            return null;
        }
        return null;
    }

    /** {@code len(value)} for a foreign array, hash or string; -1 for anything else. */
    @TruffleBoundary
    public static long length(Object value) {
        try {
            if (!isForeign(value)) {
                return -1;
            } else if (INTEROP.hasArrayElements(value)) {
                return INTEROP.getArraySize(value);
            } else if (INTEROP.hasHashEntries(value)) {
                return INTEROP.getHashSize(value);
            } else if (INTEROP.isString(value)) {
                String s = INTEROP.asString(value);
                return s.codePointCount(0, s.length());
            }
        } catch (AbstractTruffleException e) {
            throw ForeignErrors.wrap(e);
        } catch (UnsupportedMessageException e) {
            return -1;
        }
        return -1;
    }

    /**
     * {@code value[key]} for a foreign array (an int index, negative from the end) or hash (any
     * key); null if {@code value} is neither.
     */
    @TruffleBoundary
    public static Object getItem(Object value, Object key) {
        if (!isForeign(value)) {
            return null;
        }
        try {
            if (INTEROP.hasArrayElements(value) && Numbers.isInt(key)) {
                long size = INTEROP.getArraySize(value);
                long i = Numbers.asIndex(key);
                long j = i < 0 ? i + size : i;
                if (j < 0 || j >= size) {
                    throw PyErrors.indexError(null, "index out of range");
                }
                return InteropValues.toPython(INTEROP.readArrayElement(value, j));
            } else if (INTEROP.hasHashEntries(value)) {
                return InteropValues.toPython(INTEROP.readHashValue(value, key));
            }
        } catch (AbstractTruffleException e) {
            throw ForeignErrors.wrap(e);
        } catch (UnknownKeyException e) {
            throw PyErrors.keyError(null, key);
        } catch (UnsupportedMessageException | InvalidArrayIndexException e) {
            throw PyErrors.typeError(null, "'foreign' object is not subscriptable");
        }
        return null;
    }
}
