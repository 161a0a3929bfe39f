package org.tessera.lang.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code sys.stdout} / {@code sys.stderr}: text written as UTF-8 to a stream. Buffered like
 * CPython's: stdout in blocks (line by line when it is a terminal), stderr line by line, so the
 * interleaving of the two on one pipe is CPython's. Everything is flushed when the context ends.
 */
public final class PyTextIO extends PyValue {
    private static final int BUFFER_SIZE = 8192;

    private final String name;
    private final OutputStream out;
    private final boolean lineBuffered;
    private final StringBuilder buffer = new StringBuilder();

    public PyTextIO(String name, OutputStream out, boolean lineBuffered) {
        this.name = name;
        this.out = out;
        this.lineBuffered = lineBuffered;
    }

    public String getName() {
        return name;
    }

    @TruffleBoundary
    public void write(String text) {
        buffer.append(text);
        if (buffer.length() >= BUFFER_SIZE || (lineBuffered && text.indexOf('\n') >= 0)) {
            flush();
        }
    }

    @TruffleBoundary
    public void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
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
