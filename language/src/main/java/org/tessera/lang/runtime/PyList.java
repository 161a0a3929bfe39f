package org.tessera.lang.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A Python {@code list}: a growable array of values. */
public final class PyList extends PySubclassable {
    private static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;

    public PyList() {
        this.items = EMPTY;
        Allocations.created(this);
    }

    /** Takes ownership of {@code items}; its first {@code size} entries are the elements. */
    public PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
        Allocations.created(this);
    }

    public PyList(Object[] items) {
        this(items, items.length);
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object value) {
        items[i] = value;
    }

    /** The backing array; only the first {@link #size()} entries are elements. */
    public Object[] getItems() {
        return items;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    @TruffleBoundary
    private void grow(int minCapacity) {
        int oldCapacity = items.length;
        int newCapacity = Math.max(minCapacity, oldCapacity < 4 ? 8 : oldCapacity + (oldCapacity >> 1));
        items = Arrays.copyOf(items, newCapacity);
        Allocations.resized(this, Allocations.listSize(oldCapacity));
    }

    public void ensureCapacity(int capacity) {
        if (capacity > items.length) {
            grow(capacity);
        }
    }

    @TruffleBoundary
    public void insert(int index, Object value) {
        ensureCapacity(size + 1);
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object value = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return value;
    }

    /** Replaces the elements {@code [start, stop)} by {@code replacement}. */
    @TruffleBoundary
    public void replaceRange(int start, int stop, Object[] replacement) {
        int removed = stop - start;
        int newSize = size - removed + replacement.length;
        ensureCapacity(newSize);
        System.arraycopy(items, stop, items, start + replacement.length, size - stop);
        System.arraycopy(replacement, 0, items, start, replacement.length);
        for (int i = newSize; i < size; i++) {
            items[i] = null;
        }
        size = newSize;
    }

    public void setContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    @Override
    public PyType builtinType(BuiltinTypes types) {
        return types.listType;
    }

    @Override
    protected int interopArraySize() {
        return size;
    }

    @Override
    protected Object interopArrayElement(int index) {
        return items[index];
    }
}
