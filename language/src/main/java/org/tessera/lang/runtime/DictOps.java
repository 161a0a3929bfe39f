package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Dict operations that take arbitrary Python arguments: {@code update} and construction. */
public final class DictOps {
    private DictOps() {
    }

    /** {@code dict.update(other)}: a mapping, or an iterable of key/value pairs. */
    @TruffleBoundary
    public static void update(PyDict target, Object other) {
        if (other instanceof PyDict source) {
            for (int e = 0; e < source.entryLimit(); e++) {
                Object key = source.keyAt(e);
                if (key != null) {
                    target.put(key, source.valueAt(e));
                }
            }
            return;
        }
        if (other instanceof PyObject && PyObjects.typeOf(other).lookup("keys") != null) {
            Object keys = CallSupport.callSpecial(other, "keys");
            Object it = Iteration.getIterator(keys);
            Object key;
            while ((key = Iteration.next(it)) != null) {
                target.put(key, CallSupport.callSpecial(other, "__getitem__", key));
            }
            return;
        }
        Object it = Iteration.getIterator(other);
        Object item;
        int index = 0;
        while ((item = Iteration.next(it)) != null) {
            Object[] pair;
            try {
                pair = Iteration.toArray(item);
            } catch (org.tessera.lang.runtime.exception.PyException notIterable) {
                throw PyErrors.typeError(null, "cannot convert dictionary update sequence element #%d to a sequence", index);
            }
            if (pair.length != 2) {
                throw PyErrors.valueError(null, "dictionary update sequence element #%d has length %d; 2 is required", index, pair.length);
            }
            target.put(pair[0], pair[1]);
            index++;
        }
    }
}
