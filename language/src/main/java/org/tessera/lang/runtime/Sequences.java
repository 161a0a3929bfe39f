package org.tessera.lang.runtime;

import java.util.Arrays;

import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Indexing, slicing, concatenation and repetition shared by str, list, tuple and range. */
public final class Sequences {
    private Sequences() {
    }

    public static boolean isSequence(Object value) {
        return value instanceof String || value instanceof PyList || value instanceof PyTuple || value instanceof PyBytes;
    }

    /** A Python index into a sequence of {@code length}, normalized; IndexError "{kind} index out of range". */
    public static int normalizeIndex(long index, int length, String kind) {
        long i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) {
            throw PyErrors.indexError(null, "%s index out of range", kind);
        }
        return (int) i;
    }

    /** The resolved bounds of a slice over a sequence of a given length (CPython's PySlice_AdjustIndices). */
    public record SliceBounds(int start, int stop, int step, int length) {
    }

    @TruffleBoundary
    public static SliceBounds slice(PySlice slice, int length) {
        long step = slice.getStep() == PyNone.NONE ? 1 : Numbers.asClampedIndex(slice.getStep());
        if (step == 0) {
            throw PyErrors.valueError(null, "slice step cannot be zero");
        }
        step = Math.max(step, -Long.MAX_VALUE);
        long start;
        long stop;
        if (slice.getStart() == PyNone.NONE) {
            start = step < 0 ? length - 1 : 0;
        } else {
            start = Numbers.asClampedIndex(slice.getStart());
            if (start < 0) {
                start += length;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= length) {
                start = step < 0 ? length - 1 : length;
            }
        }
        if (slice.getStop() == PyNone.NONE) {
            stop = step < 0 ? -1 : length;
        } else {
            stop = Numbers.asClampedIndex(slice.getStop());
            if (stop < 0) {
                stop += length;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= length) {
                stop = step < 0 ? length - 1 : length;
            }
        }
        long n;
        if (step < 0) {
            n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            n = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        int intStep = (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, step));
        return new SliceBounds((int) start, (int) stop, intStep, (int) n);
    }

    @TruffleBoundary
    public static Object[] sliceArray(Object[] items, SliceBounds b) {
        if (b.step() == 1) {
            return Arrays.copyOfRange(items, b.start(), b.start() + b.length());
        }
        Object[] result = new Object[b.length()];
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            result[i] = items[j];
        }
        return result;
    }

    @TruffleBoundary
    public static String sliceString(String s, PySlice slice) {
        boolean surrogates = StrOps.hasSurrogates(s);
        int length = surrogates ? s.codePointCount(0, s.length()) : s.length();
        SliceBounds b = slice(slice, length);
        if (b.step() == 1) {
            return surrogates ? StrOps.substring(s, b.start(), b.start() + b.length()) : s.substring(b.start(), b.start() + b.length());
        }
        StringBuilder sb = new StringBuilder(b.length());
        if (surrogates) {
            int[] cps = StrOps.codePoints(s);
            for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                sb.appendCodePoint(cps[j]);
            }
        } else {
            for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                sb.append(s.charAt(j));
            }
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static PyBytes sliceBytes(PyBytes bytes, PySlice slice) {
        byte[] data = bytes.getBytes();
        SliceBounds b = slice(slice, data.length);
        if (b.step() == 1) {
            return new PyBytes(Arrays.copyOfRange(data, b.start(), b.start() + b.length()));
        }
        byte[] result = new byte[b.length()];
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            result[i] = data[j];
        }
        return new PyBytes(result);
    }

    /** {@code item in bytes}: an int in range(256), or a bytes subsequence. */
    @TruffleBoundary
    public static boolean bytesContains(PyBytes bytes, Object item) {
        if (item instanceof PyBytes sub) {
            return bytes.toLatin1().contains(sub.toLatin1());
        }
        if (!Numbers.isInt(item)) {
            throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyErrors.typeName(item));
        }
        long v = Numbers.asIndex(item);
        if (v < 0 || v > 255) {
            throw PyErrors.valueError(null, "byte must be in range(0, 256)");
        }
        for (byte x : bytes.getBytes()) {
            if ((x & 0xff) == v) {
                return true;
            }
        }
        return false;
    }

    /** {@code a + b} for same-type sequences, else NotImplemented. */
    @TruffleBoundary
    public static Object concat(Object a, Object b) {
        if (a instanceof String sa && b instanceof String sb) {
            return sa.concat(sb);
        } else if (a instanceof PyList la && b instanceof PyList lb) {
            Object[] items = Arrays.copyOf(la.getItems(), la.size() + lb.size());
            System.arraycopy(lb.getItems(), 0, items, la.size(), lb.size());
            return new PyList(items);
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            Object[] items = Arrays.copyOf(ta.getItems(), ta.size() + tb.size());
            System.arraycopy(tb.getItems(), 0, items, ta.size(), tb.size());
            return new PyTuple(items);
        } else if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            byte[] items = Arrays.copyOf(ba.getBytes(), ba.size() + bb.size());
            System.arraycopy(bb.getBytes(), 0, items, ba.size(), bb.size());
            return new PyBytes(items);
        }
        return PySingleton.NOT_IMPLEMENTED;
    }

    /** {@code seq * n} for str, list and tuple, else NotImplemented. */
    @TruffleBoundary
    public static Object repeat(Object sequence, Object count) {
        if (!isSequence(sequence)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        long n = count instanceof PyBigInt big ? (big.getValue().signum() < 0 ? 0 : overflowCount()) : Numbers.asIndex(count);
        if (sequence instanceof String s) {
            return StrOps.repeat(s, n);
        } else if (sequence instanceof PyList list) {
            return new PyList(repeat(list.toArray(), n));
        } else if (sequence instanceof PyBytes bytes) {
            return n == 1 ? bytes : PyBytes.fromLatin1(StrOps.repeat(bytes.toLatin1(), n));
        }
        PyTuple tuple = (PyTuple) sequence;
        return n == 1 ? tuple : new PyTuple(repeat(tuple.getItems(), n));
    }

    private static long overflowCount() {
        throw PyErrors.overflowError(null, "cannot fit 'int' into an index-sized integer");
    }

    @TruffleBoundary
    public static Object[] repeat(Object[] items, long n) {
        if (n <= 0 || items.length == 0) {
            return new Object[0];
        }
        long total = items.length * n;
        if (total > Integer.MAX_VALUE - 8 || total / n != items.length) {
            throw PyErrors.raise(null, ErrorType.MemoryError, null);
        }
        Object[] result = new Object[(int) total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        return result;
    }

    /** The first index of {@code item} among {@code items[0, size)}, or -1. */
    @TruffleBoundary
    public static int indexOf(Object[] items, int size, Object item) {
        for (int i = 0; i < size; i++) {
            if (PyObjects.keyEquals(items[i], item)) {
                return i;
            }
        }
        return -1;
    }
}
