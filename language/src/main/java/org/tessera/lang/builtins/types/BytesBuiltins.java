package org.tessera.lang.builtins.types;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.ArgumentMatcher;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBytes;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code bytes}: construction, codecs, hex, ASCII character classes. The searching, splitting
 * and padding methods reuse the str algorithms on the latin-1 view of the octets (one char per
 * byte), see {@link StrBridgeNode}.
 */
public final class BytesBuiltins {
    private BytesBuiltins() {
    }

    /** The str methods that bytes shares, with the same parameters. */
    public static final String[] STR_BRIDGED = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit", "strip", "lstrip", "rstrip",
                    "replace", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "splitlines", "removeprefix", "removesuffix", "expandtabs"};

    static PyBytes self(Object self, String method) {
        if (self instanceof PyBytes b) {
            return b;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    /** The octets of a bytes-like argument, or CPython's TypeError. */
    static PyBytes bytesArg(Object value) {
        if (value instanceof PyBytes b) {
            return b;
        }
        throw PyErrors.typeError(null, "a bytes-like object is required, not '%s'", PyErrors.typeName(value));
    }

    @TruffleBoundary
    static Charset charset(Object encoding) {
        String name = PyBuiltinNode.isNoValue(encoding) ? "utf-8" : StrBuiltins.strArg(encoding, "encode()", 1);
        String normalized = name.toLowerCase(Locale.ROOT).replace('_', '-');
        switch (normalized) {
            case "utf-8", "utf8":
                return StandardCharsets.UTF_8;
            case "ascii", "us-ascii":
                return StandardCharsets.US_ASCII;
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
                return StandardCharsets.ISO_8859_1;
            case "utf-16":
                return StandardCharsets.UTF_16;
            case "utf-16-le", "utf-16le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be", "utf-16be":
                return StandardCharsets.UTF_16BE;
            default:
                throw PyErrors.format(null, ErrorType.LookupError, "unknown encoding: %s", name);
        }
    }

    static String errorsMode(Object errors) {
        if (PyBuiltinNode.isNoValue(errors)) {
            return "strict";
        }
        return StrBuiltins.strArg(errors, "encode()", 2);
    }

    static String codecName(Charset charset) {
        if (charset == StandardCharsets.UTF_8) {
            return "utf-8";
        } else if (charset == StandardCharsets.US_ASCII) {
            return "ascii";
        } else if (charset == StandardCharsets.ISO_8859_1) {
            return "latin-1";
        }
        return charset.name().toLowerCase(Locale.ROOT);
    }

    /** {@code str.encode}. */
    @TruffleBoundary
    public static PyBytes encode(String s, Object encoding, Object errors) {
        Charset charset = charset(encoding);
        String mode = errorsMode(errors);
        CharsetEncoder encoder = charset.newEncoder();
        if (!mode.equals("strict")) {
            encoder.onUnmappableCharacter(mode.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE).onMalformedInput(
                            mode.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE);
            if (mode.equals("replace")) {
                encoder.replaceWith(new byte[]{'?'});
            }
        }
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(s));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return new PyBytes(bytes);
        } catch (CharacterCodingException e) {
            int i = 0;
            while (i < s.length() && encoder.canEncode(s.charAt(i)) && !Character.isSurrogate(s.charAt(i))) {
                i++;
            }
            int cp = i < s.length() ? s.codePointAt(i) : 0;
            int position = s.codePointCount(0, Math.min(i, s.length()));
            String reason = charset == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : charset == StandardCharsets.ISO_8859_1 ? "ordinal not in range(256)" : "surrogates not allowed";
            throw PyErrors.raise(null, ErrorType.UnicodeEncodeError, String.format("'%s' codec can't encode character '\\%s' in position %d: %s", codecName(charset),
                            cp < 0x100 ? String.format("x%02x", cp) : cp < 0x10000 ? String.format("u%04x", cp) : String.format("U%08x", cp), position, reason));
        }
    }

    /** {@code bytes.decode}. */
    @TruffleBoundary
    public static String decode(PyBytes bytes, Object encoding, Object errors) {
        Charset charset = charset(encoding);
        String mode = errorsMode(errors);
        CharsetDecoder decoder = charset.newDecoder();
        if (!mode.equals("strict")) {
            CodingErrorAction action = mode.equals("ignore") ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
            decoder.onMalformedInput(action).onUnmappableCharacter(action);
        }
        try {
            return decoder.decode(ByteBuffer.wrap(bytes.getBytes())).toString();
        } catch (CharacterCodingException e) {
            byte[] data = bytes.getBytes();
            int position = 0;
            ByteBuffer in = ByteBuffer.wrap(data);
            CharsetDecoder probe = charset.newDecoder();
            CharBuffer out = CharBuffer.allocate(data.length * 2 + 4);
            probe.decode(in, out, true);
            position = in.position();
            int b = position < data.length ? data[position] & 0xff : 0;
            String reason = charset == StandardCharsets.US_ASCII ? "ordinal not in range(128)" : position + 1 < data.length || b < 0xc2 || b > 0xf4 ? "invalid start byte" : "unexpected end of data";
            if (charset == StandardCharsets.UTF_8 && b >= 0xc2 && b <= 0xf4 && position + 1 < data.length) {
                reason = "invalid continuation byte";
            }
            throw PyErrors.raise(null, ErrorType.UnicodeDecodeError, String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codecName(charset), b, position, reason));
        }
    }

    @Builtin(name = "__new__", params = {"cls", "source?", "encoding?", "errors?"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyBytes create(@SuppressWarnings("unused") PyType cls, Object source, Object encoding, Object errors) {
            if (isNoValue(source)) {
                if (given(encoding) || given(errors)) {
                    throw PyErrors.typeError(null, given(encoding) ? "encoding without a string argument" : "errors without a string argument");
                }
                return PyBytes.EMPTY;
            }
            if (source instanceof String s) {
                if (isNoValue(encoding)) {
                    throw PyErrors.typeError(null, "string argument without an encoding");
                }
                return encode(s, encoding, errors);
            }
            if (given(encoding) || given(errors)) {
                throw PyErrors.typeError(null, given(encoding) ? "encoding without a string argument" : "errors without a string argument");
            }
            if (source instanceof PyBytes b) {
                return b;
            }
            if (Numbers.isInt(source)) {
                long n = Numbers.asIndex(source);
                if (n < 0) {
                    throw PyErrors.valueError(null, "negative count");
                }
                return new PyBytes(new byte[(int) n]);
            }
            if (!Iteration.isIterable(source)) {
                throw PyErrors.typeError(null, "cannot convert '%s' object to bytes", PyErrors.typeName(source));
            }
            Object[] items = Iteration.toArray(source);
            byte[] result = new byte[items.length];
            for (int i = 0; i < items.length; i++) {
                if (!Numbers.isInt(items[i])) {
                    throw PyErrors.typeError(null, "'%s' object cannot be interpreted as an integer", PyErrors.typeName(items[i]));
                }
                long v = Numbers.asIndex(items[i]);
                if (v < 0 || v > 255) {
                    throw PyErrors.valueError(null, "bytes must be in range(0, 256)");
                }
                result[i] = (byte) v;
            }
            return new PyBytes(result);
        }
    }

    @Builtin(name = "decode", params = {"self", "encoding?", "errors?"})
    @GenerateNodeFactory
    public abstract static class DecodeNode extends PyBuiltinNode {
        @Specialization
        protected static String decode(Object self, Object encoding, Object errors) {
            return BytesBuiltins.decode(self(self, "decode"), encoding, errors);
        }
    }

    @Builtin(name = "hex", params = {"self", "sep?", "bytes_per_sep?"})
    @GenerateNodeFactory
    public abstract static class HexNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String hex(Object self, Object sep, Object bytesPerSep) {
            byte[] data = self(self, "hex").getBytes();
            String separator = isNoValue(sep) ? "" : sep instanceof PyBytes b ? b.toLatin1() : StrBuiltins.strArg(sep, "hex()", 1);
            long group = isNoValue(bytesPerSep) ? 1 : Numbers.asIndex(bytesPerSep);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < data.length; i++) {
                if (i > 0 && !separator.isEmpty() && group != 0) {
                    long fromEnd = data.length - i;
                    if (group > 0 ? fromEnd % group == 0 : i % -group == 0) {
                        sb.append(separator);
                    }
                }
                sb.append(String.format("%02x", data[i] & 0xff));
            }
            return sb.toString();
        }
    }

    @Builtin(name = "fromhex", params = {"string", "/"})
    @GenerateNodeFactory
    public abstract static class FromHexNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyBytes fromhex(Object string) {
            String s = StrBuiltins.strArg(string, "fromhex()", 1);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int i = 0;
            while (i < s.length()) {
                if (s.charAt(i) == ' ') {
                    i++;
                    continue;
                }
                int hi = i < s.length() ? Character.digit(s.charAt(i), 16) : -1;
                int lo = i + 1 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (hi < 0 || lo < 0 || s.charAt(i) > 127 || s.charAt(i + 1) > 127) {
                    int at = hi < 0 ? i : i + 1;
                    throw PyErrors.valueError(null, "non-hexadecimal number found in fromhex() arg at position %d", at);
                }
                out.write(hi * 16 + lo);
                i += 2;
            }
            return new PyBytes(out.toByteArray());
        }
    }

    @Builtin(name = "join", params = {"self", "iterable_of_bytes", "/"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyBytes join(Object self, Object iterable) {
            byte[] sep = self(self, "join").getBytes();
            Object[] items = Iteration.toArray(iterable);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    out.writeBytes(sep);
                }
                if (!(items[i] instanceof PyBytes b)) {
                    throw PyErrors.typeError(null, "sequence item %d: expected a bytes-like object, %s found", i, PyErrors.typeName(items[i]));
                }
                out.writeBytes(b.getBytes());
            }
            return new PyBytes(out.toByteArray());
        }
    }

    static boolean isAsciiLower(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isAsciiUpper(int c) {
        return c >= 'A' && c <= 'Z';
    }

    @Builtin(name = "upper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends PyBuiltinNode {
        @Specialization
        protected static PyBytes upper(Object self) {
            byte[] data = self(self, "upper").getBytes().clone();
            for (int i = 0; i < data.length; i++) {
                if (isAsciiLower(data[i])) {
                    data[i] -= 32;
                }
            }
            return new PyBytes(data);
        }
    }

    @Builtin(name = "lower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends PyBuiltinNode {
        @Specialization
        protected static PyBytes lower(Object self) {
            byte[] data = self(self, "lower").getBytes().clone();
            for (int i = 0; i < data.length; i++) {
                if (isAsciiUpper(data[i])) {
                    data[i] += 32;
                }
            }
            return new PyBytes(data);
        }
    }

    @Builtin(name = "swapcase", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapcaseNode extends PyBuiltinNode {
        @Specialization
        protected static PyBytes swapcase(Object self) {
            byte[] data = self(self, "swapcase").getBytes().clone();
            for (int i = 0; i < data.length; i++) {
                if (isAsciiUpper(data[i])) {
                    data[i] += 32;
                } else if (isAsciiLower(data[i])) {
                    data[i] -= 32;
                }
            }
            return new PyBytes(data);
        }
    }

    @Builtin(name = "capitalize", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PyBuiltinNode {
        @Specialization
        protected static PyBytes capitalize(Object self) {
            byte[] data = self(self, "capitalize").getBytes().clone();
            for (int i = 0; i < data.length; i++) {
                if (i == 0 && isAsciiLower(data[i])) {
                    data[i] -= 32;
                } else if (i > 0 && isAsciiUpper(data[i])) {
                    data[i] += 32;
                }
            }
            return new PyBytes(data);
        }
    }

    @Builtin(name = "title", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends PyBuiltinNode {
        @Specialization
        protected static PyBytes title(Object self) {
            byte[] data = self(self, "title").getBytes().clone();
            boolean previousCased = false;
            for (int i = 0; i < data.length; i++) {
                boolean upper = isAsciiUpper(data[i]);
                boolean lower = isAsciiLower(data[i]);
                if (previousCased && upper) {
                    data[i] += 32;
                } else if (!previousCased && lower) {
                    data[i] -= 32;
                }
                previousCased = upper || lower;
            }
            return new PyBytes(data);
        }
    }

    /** Whether every byte (at least one) satisfies a class test. */
    static boolean all(PyBytes bytes, java.util.function.IntPredicate test) {
        byte[] data = bytes.getBytes();
        if (data.length == 0) {
            return false;
        }
        for (byte b : data) {
            if (!test.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "isdigit", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isdigit(Object self) {
            return all(self(self, "isdigit"), c -> c >= '0' && c <= '9');
        }
    }

    @Builtin(name = "isalpha", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isalpha(Object self) {
            return all(self(self, "isalpha"), c -> isAsciiLower(c) || isAsciiUpper(c));
        }
    }

    @Builtin(name = "isalnum", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isalnum(Object self) {
            return all(self(self, "isalnum"), c -> isAsciiLower(c) || isAsciiUpper(c) || (c >= '0' && c <= '9'));
        }
    }

    @Builtin(name = "isspace", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isspace(Object self) {
            return all(self(self, "isspace"), c -> c == ' ' || (c >= 9 && c <= 13));
        }
    }

    @Builtin(name = "isupper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean isupper(Object self) {
            PyBytes b = self(self, "isupper");
            return !all(b, c -> !isAsciiUpper(c)) && b.size() > 0 && all(b, c -> !isAsciiLower(c));
        }
    }

    @Builtin(name = "islower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean islower(Object self) {
            PyBytes b = self(self, "islower");
            return !all(b, c -> !isAsciiLower(c)) && b.size() > 0 && all(b, c -> !isAsciiUpper(c));
        }
    }

    /**
     * A bytes method that is the str method of the same name applied to the latin-1 views: bytes
     * arguments become str, str results become bytes again (also inside lists and tuples).
     * Reads frame arguments 1..3: self, the positional tuple, the keyword dict.
     */
    public static final class StrBridgeNode extends PyExpressionNode {
        private final String method;

        public StrBridgeNode(String method) {
            this.method = method;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] arguments = frame.getArguments();
            return call(method, arguments[1], (PyTuple) arguments[2], (PyDict) arguments[3]);
        }

        @TruffleBoundary
        private static Object call(String method, Object self, PyTuple args, PyDict kwargs) {
            PyBytes bytes = self(self, method);
            Object[] converted = new Object[args.size() + 1];
            converted[0] = bytes.toLatin1();
            for (int i = 0; i < args.size(); i++) {
                Object arg = args.get(i);
                if (i == 0 && Numbers.isInt(arg) && (method.endsWith("find") || method.endsWith("index") || method.equals("count"))) {
                    long b = Numbers.asIndex(arg);
                    if (b < 0 || b > 255) {
                        throw PyErrors.valueError(null, "byte must be in range(0, 256)");
                    }
                    arg = PyBytes.fromLatin1(String.valueOf((char) b));
                }
                converted[i + 1] = toStr(arg, method, i);
            }
            String[] kwNames = ArgumentMatcher.NO_KEYWORDS;
            Object[] kwValues = ArgumentMatcher.NO_VALUES;
            if (kwargs.size() > 0) {
                kwNames = new String[kwargs.size()];
                kwValues = new Object[kwargs.size()];
                int k = 0;
                for (int e = 0; e < kwargs.entryLimit(); e++) {
                    Object key = kwargs.keyAt(e);
                    if (key != null) {
                        kwNames[k] = (String) key;
                        kwValues[k] = toStr(kwargs.valueAt(e), method, k);
                        k++;
                    }
                }
            }
            Object strMethod = PyObjects.types().strType.lookup(method);
            try {
                return toBytes(CallSupport.call(strMethod, converted, kwNames, kwValues));
            } catch (org.tessera.lang.runtime.exception.PyException e) {
                if (method.endsWith("index") && PyErrors.isInstance(e.getPythonException(), ErrorType.ValueError)) {
                    throw PyErrors.valueError(null, "subsection not found");
                }
                throw e;
            }
        }

        private static Object toStr(Object value, String method, int position) {
            if (value instanceof PyBytes b) {
                return b.toLatin1();
            } else if (value instanceof String) {
                if (method.endsWith("with")) {
                    throw PyErrors.typeError(null, "%s first arg must be bytes or a tuple of bytes, not str", method);
                }
                throw PyErrors.typeError(null, "a bytes-like object is required, not 'str'");
            } else if (value instanceof PyTuple t) {
                Object[] items = new Object[t.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = toStr(t.get(i), method, position);
                }
                return new PyTuple(items);
            }
            return value;
        }

        private static Object toBytes(Object value) {
            if (value instanceof String s) {
                return PyBytes.fromLatin1(s);
            } else if (value instanceof PyList list) {
                for (int i = 0; i < list.size(); i++) {
                    list.set(i, toBytes(list.get(i)));
                }
                return list;
            } else if (value instanceof PyTuple t) {
                Object[] items = new Object[t.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = toBytes(t.get(i));
                }
                return new PyTuple(items);
            }
            return value;
        }
    }
}
