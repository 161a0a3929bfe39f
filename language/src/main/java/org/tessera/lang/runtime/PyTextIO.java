package org.tessera.lang.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code sys.stdout} / {@code sys.stderr}: text written as UTF-8 to a stream, buffered exactly as
 * CPython 3.11's {@code TextIOWrapper} buffers it, so that the two interleave on one pipe as they
 * do under CPython. Written text collects until it reaches 8192 bytes (a write that would take it
 * past that first sends what has collected, then collects); a line-buffered stream (stderr, or
 * stdout on a terminal) also sends at every write containing a newline or carriage return, and a
 * write-through one ({@code -u}, {@code PYTHONUNBUFFERED}) at every write. The program's end
 * flushes stderr, then stdout, as CPython's does.
 */
public final class PyTextIO extends PyValue {
    private static final int CHUNK_SIZE = 8192;

    private final String name;
    private final OutputStream out;
    private final boolean lineBuffered;
    private final boolean writeThrough;
    private final StringBuilder buffer = new StringBuilder();
    /** The UTF-8 size of what {@link #buffer} holds. */
    private long pendingBytes;

    public PyTextIO(String name, OutputStream out, boolean lineBuffered, boolean writeThrough) {
        this.name = name;
        this.out = out;
        this.lineBuffered = lineBuffered;
        this.writeThrough = writeThrough;
    }

    public String getName() {
        return name;
    }

    @TruffleBoundary
    public void write(String text) {
        long size = utf8Size(text);
        if (pendingBytes + size > CHUNK_SIZE) {
            flush();
        }
        buffer.append(text);
        pendingBytes += size;
        if (pendingBytes >= CHUNK_SIZE || writeThrough || (lineBuffered && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0))) {
            flush();
        }
    }

    private static long utf8Size(String text) {
        long size = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                // two bytes up to U+07FF, three for the rest of the BMP; a surrogate pair is four bytes in two chars
                size += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2;
            }
        }
        return size;
    }

    @TruffleBoundary
    public void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        pendingBytes = 0;
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // The reader went away (e.g. a closed pipe): like CPython, later writes are lost silently.
        }
    }

    @Override
    public PyType getPyType(BuiltinTypes types) {
        return types.textIOType;
    }
}
