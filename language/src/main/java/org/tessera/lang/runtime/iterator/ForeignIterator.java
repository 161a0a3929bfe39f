package org.tessera.lang.runtime.iterator;

import org.tessera.lang.runtime.interop.ForeignErrors;
import org.tessera.lang.runtime.interop.ForeignObjects;
import org.tessera.lang.runtime.interop.InteropValues;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

/**
 * Iterates a value of another language: through its interop iterator when it has one, else by
 * index over its array elements. Elements arrive as Python values where they are plain numbers,
 * strings, booleans or null (see {@link InteropValues#toPython}).
 */
public final class ForeignIterator extends PyIterator {
    private static final InteropLibrary INTEROP = InteropLibrary.getUncached();

    private final Object iterator;
    private final Object array;
    private long index;

    private ForeignIterator(Object iterator, Object array) {
        this.iterator = iterator;
        this.array = array;
    }

    /** True for a value of another language that interop can iterate. */
    public static boolean isIterable(Object value) {
        return ForeignObjects.isForeign(value) && (INTEROP.hasIterator(value) || INTEROP.hasArrayElements(value) || INTEROP.isIterator(value));
    }

    /** An iterator over {@code value}, which {@link #isIterable} accepted. */
    @TruffleBoundary
    public static ForeignIterator of(Object value) {
        try {
            if (INTEROP.isIterator(value)) {
                return new ForeignIterator(value, null);
            } else if (INTEROP.hasIterator(value)) {
                return new ForeignIterator(INTEROP.getIterator(value), null);
            }
            return new ForeignIterator(null, value);
        } catch (UnsupportedMessageException e) {
            return new ForeignIterator(null, value);
        }
    }

    @Override
    @TruffleBoundary
    public Object next() {
        try {
            if (iterator != null) {
                if (!INTEROP.hasIteratorNextElement(iterator)) {
                    return null;
                }
                return InteropValues.toPython(INTEROP.getIteratorNextElement(iterator));
            }
            if (array == null || index >= INTEROP.getArraySize(array)) {
                return null;
            }
            return InteropValues.toPython(INTEROP.readArrayElement(array, index++));
        } catch (AbstractTruffleException e) {
            throw ForeignErrors.wrap(e);
        } catch (StopIterationException e) {
            return null;
        } catch (UnsupportedMessageException | InvalidArrayIndexException e) {
            return null;
        }
    }

    @Override
    public String getTypeName() {
        return "foreign_iterator";
    }
}
