package org.tessera.lang.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python {@code range}. Bounds and length that fit a {@code long} (the case loops care about)
 * are plain fields; a range with bigger bounds keeps them as BigIntegers in {@link #big} and the
 * operations take the exact path.
 */
public final class PyRange extends PyValue {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;
    /** {start, stop, step, length} when they do not all fit a long, else null. */
    private final BigInteger[] big;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
        this.big = null;
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger n = computeLength(start, stop, step);
        this.big = new BigInteger[]{start, stop, step, n};
        this.start = 0;
        this.stop = 0;
        this.step = 0;
        this.length = 0;
    }

    /** A range over any Python ints; small when everything fits a long. */
    @TruffleBoundary
    public static PyRange create(BigInteger start, BigInteger stop, BigInteger step) {
        if (PyBigInt.fitsLong(start) && PyBigInt.fitsLong(stop) && PyBigInt.fitsLong(step) && PyBigInt.fitsLong(computeLength(start, stop, step))) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return new PyRange(start, stop, step);
    }

    static long computeLength(long start, long stop, long step) {
        if (step > 0 && start < stop) {
            return 1 + (stop - 1 - start) / step;
        } else if (step < 0 && start > stop) {
            return 1 + (start - 1 - stop) / -step;
        }
        return 0;
    }

    private static BigInteger computeLength(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0 && start.compareTo(stop) < 0) {
            return stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        } else if (step.signum() < 0 && start.compareTo(stop) > 0) {
            return start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
        }
        return BigInteger.ZERO;
    }

    /** True when the bounds need big ints; then only the {@code *Value} accessors apply. */
    public boolean isBig() {
        return big != null;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public long length() {
        return length;
    }

    public long get(long index) {
        return start + index * step;
    }

    @TruffleBoundary
    public Object startValue() {
        return big == null ? (Object) start : PyBigInt.normalize(big[0]);
    }

    @TruffleBoundary
    public Object stopValue() {
        return big == null ? (Object) stop : PyBigInt.normalize(big[1]);
    }

    @TruffleBoundary
    public Object stepValue() {
        return big == null ? (Object) step : PyBigInt.normalize(big[2]);
    }

    @TruffleBoundary
    public BigInteger bigLength() {
        return big == null ? BigInteger.valueOf(length) : big[3];
    }

    /** Item {@code index} (0 <= index < length) of any range. */
    @TruffleBoundary
    public Object item(BigInteger index) {
        if (big == null) {
            return get(index.longValue());
        }
        return PyBigInt.normalize(big[0].add(index.multiply(big[2])));
    }

    @TruffleBoundary
    public BigInteger bigStart() {
        return big == null ? BigInteger.valueOf(start) : big[0];
    }

    @TruffleBoundary
    public BigInteger bigStep() {
        return big == null ? BigInteger.valueOf(step) : big[2];
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.rangeType;
    }
}
