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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = reverse ? n - 1 - i : i;
        }
        mergeSort(order, new Integer[n], 0, n, keys);
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[reverse ? n - 1 - i : i] = items[order[i]];
        }
        list.setContents(sorted, n);
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int from, int to, Object[] keys) {
        if (to - from <= 16) {
            insertionSort(a, from, to, keys);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, keys);
        mergeSort(a, tmp, mid, to, keys);
        if (!CompareOps.lessThan(keys[a[mid]], keys[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            if (CompareOps.lessThan(keys[tmp[j]], keys[tmp[i]])) {
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

    private static void insertionSort(Integer[] a, int from, int to, Object[] keys) {
        for (int i = from + 1; i < to; i++) {
            Integer x = a[i];
            int j = i - 1;
            while (j >= from && CompareOps.lessThan(keys[x], keys[a[j]])) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }
}
