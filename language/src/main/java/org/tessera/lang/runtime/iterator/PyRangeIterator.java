package org.tessera.lang.runtime.iterator;

/** Iterates {@code range(start, stop, step)} without materializing it. */
public final class PyRangeIterator extends PyIterator {
    private long next;
    private final long step;
    private long remaining;

    public PyRangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    @Override
    public Object next() {
        if (remaining > 0) {
            long value = next;
            next += step;
            remaining--;
            return value;
        }
        return null;
    }

    @Override
    public String getTypeName() {
        return "range_iterator";
    }

    @Override
    public int lengthHint() {
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }
}
