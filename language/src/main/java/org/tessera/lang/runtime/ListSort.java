package org.tessera.lang.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code list.sort(key=, reverse=)}: a stable merge sort that compares only with Python's
 * {@code <}, as CPython does, so user {@code __lt__} is honoured and inconsistent orderings (NaN)
 * give some order instead of an error.
 */
public final class ListSort {
    private ListSort() {
    }

    /** How two keys are compared: chosen once per sort from what the keys all are. */
    private interface Less {
        boolean test(Object a, Object b);
    }

    @TruffleBoundary
    public static void sort(PyList list, Object key, boolean reverse) {
        int n = list.size();
        Object[] items = list.toArray();
        Object[] keys = items;
        if (key != null && key != PyNone.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = CallSupport.call(key, items[i]);
            }
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = reverse ? n - 1 - i : i;
        }
        long[] numeric = numericKeys(keys, order);
        if (numeric != null) {
            sortByLongs(numeric, order, new long[n], new int[n], 0, n);
        } else {
            mergeSort(order, new int[n], 0, n, keys, less(keys));
        }
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[reverse ? n - 1 - i : i] = items[order[i]];
        }
        list.setContents(sorted, n);
    }

    /**
     * The keys in {@code order} as longs that order as Python's {@code <} orders them, when all are
     * ints in a machine word or all are floats without NaN (their bits, made to order as signed
     * longs; -0.0 taken as 0.0, which {@code <} calls equal); else null.
     */
    private static long[] numericKeys(Object[] keys, int[] order) {
        int n = keys.length;
        if (n == 0) {
            return null;
        }
        long[] result = new long[n];
        if (keys[0] instanceof Long) {
            for (int i = 0; i < n; i++) {
                if (!(keys[order[i]] instanceof Long value)) {
                    return null;
                }
                result[i] = value;
            }
            return result;
        }
        if (keys[0] instanceof Double) {
            for (int i = 0; i < n; i++) {
                if (!(keys[order[i]] instanceof Double value) || value.isNaN()) {
                    return null;
                }
                long bits = Double.doubleToRawLongBits(value + 0.0);
                result[i] = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            }
            return result;
        }
        return null;
    }

    /**
     * Stable merge sort of {@code keys[from, to)}, moving {@code order} along; a range whose halves
     * are already in order (sorted input, runs) is not merged.
     */
    private static void sortByLongs(long[] keys, int[] order, long[] tmpKeys, int[] tmpOrder, int from, int to) {
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                long k = keys[i];
                int o = order[i];
                int j = i - 1;
                while (j >= from && k < keys[j]) {
                    keys[j + 1] = keys[j];
                    order[j + 1] = order[j];
                    j--;
                }
                keys[j + 1] = k;
                order[j + 1] = o;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sortByLongs(keys, order, tmpKeys, tmpOrder, from, mid);
        sortByLongs(keys, order, tmpKeys, tmpOrder, mid, to);
        if (keys[mid - 1] <= keys[mid]) {
            return;
        }
        System.arraycopy(keys, from, tmpKeys, from, mid - from);
        System.arraycopy(order, from, tmpOrder, from, mid - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (keys[j] < tmpKeys[i]) {
                keys[k] = keys[j];
                order[k++] = order[j++];
            } else {
                keys[k] = tmpKeys[i];
                order[k++] = tmpOrder[i++];
            }
        }
        System.arraycopy(tmpKeys, i, keys, k, mid - i);
        System.arraycopy(tmpOrder, i, order, k, mid - i);
    }

    /**
     * Python's {@code <} for these keys: primitive comparisons when all are ints, floats or
     * strings; when all are instances of one Python class whose {@code __lt__} is a plain
     * function, that function's call target called directly (the generic comparison would look
     * it up on every call); else the generic comparison.
     */
    private static Less less(Object[] keys) {
        if (keys.length == 0) {
            return CompareOps::lessThan;
        }
        Object first = keys[0];
        Class<?> kind = first.getClass();
        for (Object k : keys) {
            if (k.getClass() != kind) {
                return CompareOps::lessThan;
            }
        }
        if (kind == Long.class) {
            return (a, b) -> (Long) a < (Long) b;
        } else if (kind == String.class) {
            for (Object k : keys) {
                if (StrOps.hasSurrogates((String) k)) {
                    return (a, b) -> StrOps.compare((String) a, (String) b) < 0;
                }
            }
            // no surrogate pairs: UTF-16 order is code point order, and the JDK's compare is fast
            return (a, b) -> ((String) a).compareTo((String) b) < 0;
        } else if (kind == Double.class) {
            return (a, b) -> (Double) a < (Double) b;
        } else if (first instanceof PyObject object) {
            PyType type = object.getPyType();
            for (Object k : keys) {
                if (((PyObject) k).getPyType() != type) {
                    return CompareOps::lessThan;
                }
            }
            // with a user __gt__, a NotImplemented from __lt__ would be answered by it: the generic way
            if (PyObjects.lookupUserSpecial(type, "__lt__") instanceof PyFunction lt && PyObjects.lookupUserSpecial(type, "__gt__") == null) {
                CallPlan plan = CallPlan.create(lt.getSignature(), 2, ArgumentMatcher.NO_KEYWORDS);
                if (plan != null) {
                    return (a, b) -> {
                        Object[] arguments = plan.apply(lt, new Object[]{a, b}, ArgumentMatcher.NO_VALUES);
                        Object r = arguments == null ? PySingleton.NOT_IMPLEMENTED : lt.getCallTarget().call(arguments);
                        if (r == PySingleton.NOT_IMPLEMENTED) {
                            throw org.tessera.lang.runtime.exception.PyErrors.unorderable(null, "<", a, b);
                        }
                        return PyObjects.isTrue(r);
                    };
                }
            }
        }
        return CompareOps::lessThan;
    }

    private static void mergeSort(int[] a, int[] tmp, int from, int to, Object[] keys, Less less) {
        if (to - from <= 16) {
            insertionSort(a, from, to, keys, less);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, keys, less);
        mergeSort(a, tmp, mid, to, keys, less);
        if (!less.test(keys[a[mid]], keys[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (less.test(keys[tmp[j]], keys[tmp[i]])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < to) {
            a[k++] = tmp[j++];
        }
    }

    private static void insertionSort(int[] a, int from, int to, Object[] keys, Less less) {
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && less.test(keys[x], keys[a[j]])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
