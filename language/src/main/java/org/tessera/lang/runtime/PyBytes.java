package org.tessera.lang.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A Python {@code bytes}: an immutable array of octets. */
public final class PyBytes extends PyValue {
    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] bytes;

    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The backing array; callers must not modify it. */
    public byte[] getBytes() {
        return bytes;
    }

    public int size() {
        return bytes.length;
    }

    /** Item {@code i} as Python sees it: an int in 0..255. */
    public long get(int i) {
        return bytes[i] & 0xffL;
    }

    /** These bytes as the str of the same code points (latin-1), for reusing str algorithms. */
    @TruffleBoundary
    public String toLatin1() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @TruffleBoundary
    public static PyBytes fromLatin1(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Unsigned lexicographic comparison, as {@code memcmp} then length. */
    public static int compare(PyBytes a, PyBytes b) {
        return Arrays.compareUnsigned(a.bytes, b.bytes);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PyBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.bytesType;
    }
}
