package org.tessera.lang.runtime;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code collections.deque}: a ring buffer with O(1) appends and pops at both ends and an
 * optional maximum length (appending to a full deque drops an item from the other end).
 */
public final class PyDeque extends PyValue {
    private final PyType type;
    private Object[] items = new Object[8];
    private int head;
    private int size;
    /** -1 for unbounded. */
    private int maxlen = -1;
    /** Counts changes, so iterators notice mutation as CPython's do. */
    private long state;

    public PyDeque(PyType type) {
        this.type = type;
        Allocations.created(this);
    }

    public int size() {
        return size;
    }

    /** True for a deque itself, not an instance of a class derived from it. */
    public boolean isExact() {
        return type.isBuiltin();
    }

    public int getMaxlen() {
        return maxlen;
    }

    public void setMaxlen(int maxlen) {
        this.maxlen = maxlen;
    }

    public long getState() {
        return state;
    }

    public Object get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    public void set(int i, Object value) {
        items[(head + i) & (items.length - 1)] = value;
        state++;
    }

    private void grow() {
        if (size < items.length) {
            return;
        }
        Object[] bigger = new Object[items.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = get(i);
        }
        items = bigger;
        head = 0;
    }

    public void append(Object value) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            popLeft();
        }
        grow();
        items[(head + size) & (items.length - 1)] = value;
        size++;
        state++;
    }

    public void appendLeft(Object value) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            pop();
        }
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = value;
        size++;
        state++;
    }

    public Object pop() {
        if (size == 0) {
            throw PyErrors.indexError(null, "pop from an empty deque");
        }
        int i = (head + size - 1) & (items.length - 1);
        Object v = items[i];
        items[i] = null;
        size--;
        state++;
        return v;
    }

    public Object popLeft() {
        if (size == 0) {
            throw PyErrors.indexError(null, "pop from an empty deque");
        }
        Object v = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        size--;
        state++;
        return v;
    }

    public void clear() {
        items = new Object[8];
        head = 0;
        size = 0;
        state++;
    }

    /** The items in order, as a fresh array. */
    public Object[] toArray() {
        Object[] result = new Object[size];
        for (int i = 0; i < size; i++) {
            result[i] = get(i);
        }
        return result;
    }

    /** Replaces the contents (keeps maxlen; callers respect it). */
    public void setContents(Object[] values) {
        clear();
        for (Object v : values) {
            append(v);
        }
    }

    @TruffleBoundary
    public void rotate(long n) {
        if (size <= 1) {
            return;
        }
        long k = n % size;
        if (k < 0) {
            k += size;
        }
        if (k <= size / 2) {
            for (long i = 0; i < k; i++) {
                appendLeftUnbounded(pop());
            }
        } else {
            // the shorter way round: left by size - k
            for (long i = k; i < size; i++) {
                Object v = popLeft();
                items[(head + size) & (items.length - 1)] = v;
                size++;
                state++;
            }
        }
    }

    private void appendLeftUnbounded(Object value) {
        grow();
        head = (head - 1) & (items.length - 1);
        items[head] = value;
        size++;
        state++;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return type;
    }

    @Override
    protected int interopArraySize() {
        return size;
    }

    @Override
    protected Object interopArrayElement(int index) {
        return get(index);
    }
}
