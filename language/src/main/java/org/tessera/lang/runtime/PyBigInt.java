package org.tessera.lang.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A Python {@code int} too large for a {@code long}. Always normalized: an int that fits in a
 * {@code long} is a {@code long}, never a PyBigInt, so each value has exactly one representation.
 * A wrapper rather than a bare {@link BigInteger} because interop only accepts TruffleObjects.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyBigInt extends PyValue {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger value;

    private PyBigInt(BigInteger value) {
        this.value = value;
    }

    public BigInteger getValue() {
        return value;
    }

    /** The Python int for {@code value}: a boxed {@code long} if it fits, else a PyBigInt. */
    @TruffleBoundary
    public static Object normalize(BigInteger value) {
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return new PyBigInt(value);
    }

    @TruffleBoundary
    public static BigInteger toBig(long value) {
        return BigInteger.valueOf(value);
    }

    static boolean fitsLong(BigInteger value) {
        return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0;
    }

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage
    boolean fitsInByte() {
        return false;
    }

    @ExportMessage
    boolean fitsInShort() {
        return false;
    }

    @ExportMessage
    boolean fitsInInt() {
        return false;
    }

    @ExportMessage
    boolean fitsInLong() {
        return false;
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInFloat() {
        return value.bitLength() <= 24 || (value.getLowestSetBit() >= value.bitLength() - 24 && value.bitLength() <= 128);
    }

    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        return value.bitLength() <= 1024 && value.getLowestSetBit() >= value.bitLength() - 53;
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    @TruffleBoundary
    float asFloat() throws UnsupportedMessageException {
        if (fitsInFloat()) {
            return value.floatValue();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        if (fitsInDouble()) {
            return value.doubleValue();
        }
        throw UnsupportedMessageException.create();
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return value.toString();
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.intType;
    }
}
