package org.tessera.lang.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tessera.lang.runtime.interop.InteropValues;
import org.tessera.lang.runtime.interop.ValueArray;
import org.tessera.lang.runtime.interop.ValueIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A Python {@code dict}: insertion-ordered, with Python's hashing and equality ({@code 1},
 * {@code 1.0} and {@code True} are one key). Laid out like CPython's compact dict: an open-
 * addressing index of entry numbers over dense arrays of hashes, keys and values in insertion
 * order, so iteration is a scan and deletion leaves a hole that the next resize squeezes out.
 * Tools see the entries as interop hash entries, in insertion order.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyDict extends PySubclassable {
    private static final int MIN_INDEX = 8;
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] index;
    private long[] hashes;
    private Object[] keys;
    private Object[] values;
    /** Entries in use, including deleted ones (whose key is null). */
    private int used;
    private int size;

    public PyDict() {
        allocate(MIN_INDEX);
        Allocations.created(this);
    }

    private void allocate(int indexSize) {
        index = new int[indexSize];
        Arrays.fill(index, EMPTY);
        int capacity = indexSize * 2 / 3;
        hashes = new long[capacity];
        keys = new Object[capacity];
        values = new Object[capacity];
        used = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    /** One past the last entry number; entries below it with a null key were deleted. */
    public int entryLimit() {
        return used;
    }

    /** The key of entry {@code i}, or null if that entry was deleted. */
    public Object keyAt(int i) {
        return keys[i];
    }

    public Object valueAt(int i) {
        return values[i];
    }

    /**
     * The hash a dict files a key under. Iteration order does not depend on it, so strings use
     * Java's cached hash code rather than CPython's SipHash; other keys use their Python hash,
     * which makes {@code 1}, {@code 1.0} and {@code True} collide as they must.
     */
    private static long keyHash(Object key) {
        if (key instanceof String s) {
            return s.hashCode();
        }
        return PyObjects.hash(key);
    }

    /** The value for {@code key}, or null if absent. */
    @TruffleBoundary
    public Object get(Object key) {
        int e = find(key, keyHash(key));
        return e < 0 ? null : values[e];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return find(key, keyHash(key)) >= 0;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        putWithHash(key, keyHash(key), value);
    }

    /** Removes {@code key}; returns its value, or null if it was absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        long hash = keyHash(key);
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return null;
            }
            if (e >= 0 && hashes[e] == hash && PyObjects.keyEquals(keys[e], key)) {
                Object old = values[e];
                index[i] = DUMMY;
                keys[e] = null;
                values[e] = null;
                size--;
                return old;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Removes and returns the last entry as {@code [key, value]}, or null if empty. */
    @TruffleBoundary
    public Object[] popLast() {
        for (int e = used - 1; e >= 0; e--) {
            if (keys[e] != null) {
                Object[] pair = {keys[e], values[e]};
                remove(keys[e]);
                used = e;
                return pair;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void clear() {
        allocate(MIN_INDEX);
    }

    @TruffleBoundary
    public PyDict copy() {
        PyDict copy = new PyDict();
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                copy.putWithHash(keys[e], hashes[e], values[e]);
            }
        }
        return copy;
    }

    private int find(Object key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int e = index[i];
            if (e == EMPTY) {
                return -1;
            }
            if (e >= 0 && hashes[e] == hash && PyObjects.keyEquals(keys[e], key)) {
                return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private void putWithHash(Object key, long hash, Object value) {
        int e = find(key, hash);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (used == keys.length) {
            resize();
        }
        e = used++;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        size++;
        insertIndex(hash, e);
    }

    private void insertIndex(long hash, int entry) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = entry;
    }

    private void resize() {
        long oldBytes = Allocations.dictSize(index.length, keys.length);
        long[] oldHashes = hashes;
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int oldUsed = used;
        int indexSize = MIN_INDEX;
        while (indexSize * 2 / 3 <= size * 2 + 1) {
            indexSize <<= 1;
        }
        allocate(indexSize);
        for (int e = 0; e < oldUsed; e++) {
            if (oldKeys[e] != null) {
                int n = used++;
                hashes[n] = oldHashes[e];
                keys[n] = oldKeys[e];
                values[n] = oldValues[e];
                insertIndex(oldHashes[e], n);
            }
        }
        size = used;
        Allocations.resized(this, oldBytes);
    }

    /** The size of the open-addressing index (for size estimates). */
    int indexSlots() {
        return index.length;
    }

    /** The capacity of the entry arrays (for size estimates). */
    int entrySlots() {
        return keys.length;
    }

    @Override
    public PyType builtinType(BuiltinTypes types) {
        return types.dictType;
    }

    /** The keys that are strings, in insertion order (an instance dict's attribute names). */
    @TruffleBoundary
    public String[] stringKeys() {
        List<String> names = new ArrayList<>();
        for (int e = 0; e < used; e++) {
            if (keys[e] instanceof String name) {
                names.add(name);
            }
        }
        return names.toArray(new String[0]);
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size;
    }

    /** A key as a tool passes it: host ints and floats become Python's {@code int} and {@code float}. */
    private static Object pythonKey(Object key) {
        if (key instanceof Integer || key instanceof Short || key instanceof Byte) {
            return ((Number) key).longValue();
        } else if (key instanceof Float f) {
            return f.doubleValue();
        }
        return key;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryReadable(Object key) {
        return get(pythonKey(key)) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnknownKeyException {
        Object value = get(pythonKey(key));
        if (value == null) {
            throw UnknownKeyException.create(key);
        }
        return InteropValues.expose(value);
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        Object[] entries = new Object[size];
        int n = 0;
        for (int e = 0; e < used; e++) {
            if (keys[e] != null) {
                entries[n++] = new ValueArray(keys[e], values[e]);
            }
        }
        return new ValueIterator(entries);
    }
}
