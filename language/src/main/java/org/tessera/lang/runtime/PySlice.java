package org.tessera.lang.runtime;

/** A Python {@code slice}; each bound is any value, {@link PyNone#NONE} when omitted. */
public final class PySlice extends PyValue {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.sliceType;
    }
}
