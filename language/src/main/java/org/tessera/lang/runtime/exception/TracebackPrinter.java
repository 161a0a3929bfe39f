package org.tessera.lang.runtime.exception;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;

import org.tessera.lang.nodes.root.PyRootNode;
import org.tessera.lang.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Formats an uncaught exception as CPython does: chained exceptions first, each with
 * "Traceback (most recent call last):", one entry per Python frame with its source line,
 * repeated entries collapsed, SyntaxError details, then {@code Type: message}.
 */
public final class TracebackPrinter {
    private static final int REPEAT_THRESHOLD = 3;

    private TracebackPrinter() {
    }

    @TruffleBoundary
    public static String format(PyBaseException exception) {
        StringBuilder out = new StringBuilder();
        chain(exception, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void chain(PyBaseException e, StringBuilder out, java.util.Set<PyBaseException> seen) {
        seen.add(e);
        if (e.getCause() instanceof PyBaseException cause && !seen.contains(cause)) {
            chain(cause, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e.getContext() instanceof PyBaseException context && !e.getSuppressContext() && !seen.contains(context)) {
            chain(context, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        single(e, out);
    }

    /** One entry of a traceback. */
    private record Frame(String file, int line, String name, String text) {
        boolean sameAs(Frame other) {
            return other != null && file.equals(other.file) && line == other.line && name.equals(other.name);
        }
    }

    private static void single(PyBaseException e, StringBuilder out) {
        List<Frame> frames = frames(e.getLastThrow());
        if (!frames.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            Frame previous = null;
            int repeats = 0;
            for (Frame f : frames) {
                if (f.sameAs(previous)) {
                    repeats++;
                    if (repeats >= REPEAT_THRESHOLD) {
                        continue;
                    }
                } else {
                    flushRepeats(out, repeats);
                    repeats = 0;
                }
                out.append("  File \"").append(f.file()).append("\", line ").append(f.line()).append(", in ").append(f.name()).append('\n');
                if (f.text() != null) {
                    out.append("    ").append(f.text()).append('\n');
                }
                previous = f;
            }
            flushRepeats(out, repeats);
        }
        if (PyErrors.isInstance(e, ErrorType.SyntaxError)) {
            syntaxErrorDetails(e, out);
        }
        out.append(PyObjects.formatExceptionLine(e)).append('\n');
    }

    private static void flushRepeats(StringBuilder out, int repeats) {
        if (repeats >= REPEAT_THRESHOLD) {
            int more = repeats - REPEAT_THRESHOLD + 1;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    private static List<Frame> frames(PyException carrier) {
        List<Frame> frames = new ArrayList<>();
        if (carrier == null) {
            return frames;
        }
        List<TruffleStackTraceElement> elements = TruffleStackTrace.getStackTrace(carrier);
        if (elements == null) {
            return frames;
        }
        for (TruffleStackTraceElement element : elements) {
            Node location = element.getLocation();
            RootNode root = location == null ? null : location.getRootNode();
            if (!(root instanceof PyRootNode) || root.isInternal()) {
                continue;
            }
            SourceSection section = location.getEncapsulatingSourceSection();
            if (section == null || !section.isAvailable()) {
                continue;
            }
            Source source = section.getSource();
            String file = source.getName();
            int line = section.getStartLine();
            String text = null;
            boolean hasText = source.getPath() != null || source.getName().startsWith(org.tessera.lang.translator.ModuleLoader.LIBRARY_PATH_PREFIX);
            if (hasText && line <= source.getLineCount()) {
                text = source.getCharacters(line).toString().strip();
            }
            frames.add(new Frame(file, line, root.getName(), text));
        }
        Collections.reverse(frames);
        return frames;
    }

    private static void syntaxErrorDetails(PyBaseException e, StringBuilder out) {
        Object filename = PyObjects.attribute(e, "filename");
        Object lineno = PyObjects.attribute(e, "lineno");
        if (!(filename instanceof String f) || !(lineno instanceof Long l)) {
            return;
        }
        out.append("  File \"").append(f).append("\", line ").append(l).append('\n');
        Object text = PyObjects.attribute(e, "text");
        Object offset = PyObjects.attribute(e, "offset");
        Object endOffset = PyObjects.attribute(e, "end_offset");
        Object endLineno = PyObjects.attribute(e, "end_lineno");
        if (text instanceof String line) {
            String stripped = line.stripTrailing();
            String shown = stripped.stripLeading();
            int indent = stripped.length() - shown.length();
            out.append("    ").append(shown).append('\n');
            if (offset instanceof Long off && off > 0) {
                int caret = (int) (off - 1 - indent);
                int width = 1;
                if (endOffset instanceof Long end && endLineno instanceof Long endLine && endLine.equals(l) && end > off) {
                    width = (int) (end - off);
                }
                if (caret >= 0) {
                    out.append("    ").append(" ".repeat(caret)).append("^".repeat(width)).append('\n');
                }
            }
        }
    }
}
