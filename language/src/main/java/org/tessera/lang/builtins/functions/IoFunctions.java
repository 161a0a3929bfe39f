package org.tessera.lang.builtins.functions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTextIO;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code print} and {@code input}. */
public final class IoFunctions {
    private IoFunctions() {
    }

    @Builtin(name = "print", params = {"*args", "sep?", "end?", "file?", "flush?"})
    @GenerateNodeFactory
    public abstract static class PrintNode extends PyBuiltinNode {
        @Specialization
        protected Object print(PyTuple args, Object sep, Object end, Object file, Object flush) {
            doPrint(TesseraContext.get(this), args, sep, end, file, flush);
            return PyNone.NONE;
        }

        @TruffleBoundary
        private static void doPrint(TesseraContext context, PyTuple args, Object sep, Object end, Object file, Object flush) {
            String separator = textOption(sep, " ", "sep");
            String terminator = textOption(end, "\n", "end");
            Object target = isNoValueOrNone(file) ? SysStreams.stdout(context) : file;
            // one write per item, separator and end, as CPython's print: where a buffer fills, and
            // what a file object's write() sees, are the same
            Object[] items = args.getItems();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    write(target, separator);
                }
                write(target, PyObjects.str(items[i]));
            }
            write(target, terminator);
            if (given(flush) && PyObjects.isTrue(flush)) {
                if (target instanceof PyTextIO io) {
                    io.flush();
                } else {
                    CallSupport.callSpecial(target, "flush");
                }
            }
        }

        private static boolean isNoValueOrNone(Object value) {
            return isNoValue(value) || value == PyNone.NONE;
        }

        private static String textOption(Object value, String defaultValue, String name) {
            if (isNoValueOrNone(value)) {
                return defaultValue;
            } else if (value instanceof String s) {
                return s;
            }
            throw PyErrors.typeError(null, "%s must be None or a string, not %s", name, PyErrors.typeName(value));
        }
    }

    /** Writes text to a file-like object: a stream of ours directly, anything else through {@code write}. */
    @TruffleBoundary
    static void write(Object file, String text) {
        if (file instanceof PyTextIO io) {
            io.write(text);
        } else {
            Object write = PyObjects.typeOf(file).lookup("write");
            if (write == null) {
                throw PyErrors.attributeError(null, file, "write");
            }
            CallSupport.call(write, file, text);
        }
    }

    @Builtin(name = "input", params = {"prompt?", "/"})
    @GenerateNodeFactory
    public abstract static class InputNode extends PyBuiltinNode {
        @Specialization
        protected Object input(Object prompt) {
            return readLine(TesseraContext.get(this), prompt);
        }

        @TruffleBoundary
        private static Object readLine(TesseraContext context, Object prompt) {
            Object out = SysStreams.stdout(context);
            if (given(prompt)) {
                write(out, PyObjects.str(prompt));
            }
            if (out instanceof PyTextIO io) {
                io.flush();
            }
            context.getStderr().flush();
            String line = readUtf8Line(context.getEnv().in());
            if (line == null) {
                throw PyErrors.raise(null, ErrorType.EOFError, "EOF when reading a line");
            }
            return line;
        }

        private static String readUtf8Line(InputStream in) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) != -1) {
                    if (b == '\n') {
                        return bytes.toString(StandardCharsets.UTF_8);
                    }
                    bytes.write(b);
                }
            } catch (IOException e) {
                throw PyErrors.raise(null, ErrorType.OSError, e.getMessage());
            }
            return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
