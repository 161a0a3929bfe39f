package org.tessera.lang.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The value of a local variable that a loop grows with {@code s += t}: the characters so far in
 * a builder, so that each append costs the appended length, not the whole string (CPython gets
 * the same effect by resizing a string it holds the only reference to). Never escapes the frame:
 * reading the variable yields the str, made once per change.
 */
final class StringAccumulator {
    /** Strings at least this long switch to appending in place. */
    static final int THRESHOLD = 128;

    private final StringBuilder builder;
    private String flat;

    @TruffleBoundary
    StringAccumulator(String first, String second) {
        builder = new StringBuilder(Math.max(2 * (first.length() + second.length()), 256));
        builder.append(first).append(second);
    }

    @TruffleBoundary
    void append(String s) {
        builder.append(s);
        flat = null;
    }

    @TruffleBoundary
    String value() {
        if (flat == null) {
            flat = builder.toString();
        }
        return flat;
    }
}
