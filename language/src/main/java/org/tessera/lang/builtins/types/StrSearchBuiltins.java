package org.tessera.lang.builtins.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.tessera.lang.builtins.PyBuiltinNode.given;
import static org.tessera.lang.builtins.PyBuiltinNode.isNoValue;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code str} searching and splitting: find/index/count, starts/endswith, split family, partition. */
public final class StrSearchBuiltins {
    private StrSearchBuiltins() {
    }

    /**
     * The part of {@code s} that optional {@code start}/{@code end} arguments select, in char
     * offsets, with the code point offset of its start; {@code empty} when start lies past the end.
     */
    record Window(int from, int to, int cpFrom, boolean empty, boolean surrogates) {
    }

    static Window window(String s, Object start, Object end) {
        boolean surrogates = StrOps.hasSurrogates(s);
        int len = surrogates ? s.codePointCount(0, s.length()) : s.length();
        long st = isNoValueOrNone(start) ? 0 : Numbers.asClampedIndex(start);
        long en = isNoValueOrNone(end) ? len : Numbers.asClampedIndex(end);
        if (en > len) {
            en = len;
        } else if (en < 0) {
            en = Math.max(0, en + len);
        }
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        boolean empty = st > len;
        if (empty) {
            return new Window(0, 0, 0, true, surrogates);
        }
        int cpFrom = (int) st;
        int cpTo = (int) Math.max(st, en);
        if (surrogates) {
            int from = s.offsetByCodePoints(0, cpFrom);
            int to = s.offsetByCodePoints(from, cpTo - cpFrom);
            return new Window(from, to, cpFrom, false, true);
        }
        return new Window(cpFrom, cpTo, cpFrom, false, false);
    }

    private static boolean isNoValueOrNone(Object value) {
        return isNoValue(value) || value == PyNone.NONE;
    }

    /** A char offset in s as a code point index. */
    static int cpIndex(String s, int charIndex, Window w) {
        return w.surrogates() ? s.codePointCount(0, charIndex) : charIndex;
    }

    @TruffleBoundary
    static long find(Object self, Object sub, Object start, Object end, String method, boolean reverse) {
        String s = StrBuiltins.self(self, method);
        if (!(sub instanceof String needle)) {
            throw PyErrors.typeError(null, "must be str, not %s", PyErrors.typeName(sub));
        }
        Window w = window(s, start, end);
        if (w.empty() || w.to() - w.from() < needle.length()) {
            return -1;
        }
        int i = reverse ? s.lastIndexOf(needle, w.to() - needle.length()) : s.indexOf(needle, w.from());
        if (i < 0 || i < w.from() || i + needle.length() > w.to()) {
            return -1;
        }
        return cpIndex(s, i, w);
    }

    @Builtin(name = "find", params = {"self", "sub", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class FindNode extends PyBuiltinNode {
        @Specialization
        protected static long find(Object self, Object sub, Object start, Object end) {
            return StrSearchBuiltins.find(self, sub, start, end, "find", false);
        }
    }

    @Builtin(name = "rfind", params = {"self", "sub", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class RfindNode extends PyBuiltinNode {
        @Specialization
        protected static long rfind(Object self, Object sub, Object start, Object end) {
            return StrSearchBuiltins.find(self, sub, start, end, "rfind", true);
        }
    }

    @Builtin(name = "index", params = {"self", "sub", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PyBuiltinNode {
        @Specialization
        protected static long index(Object self, Object sub, Object start, Object end) {
            return found(StrSearchBuiltins.find(self, sub, start, end, "index", false));
        }
    }

    @Builtin(name = "rindex", params = {"self", "sub", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class RindexNode extends PyBuiltinNode {
        @Specialization
        protected static long rindex(Object self, Object sub, Object start, Object end) {
            return found(StrSearchBuiltins.find(self, sub, start, end, "rindex", true));
        }
    }

    static long found(long index) {
        if (index < 0) {
            throw PyErrors.valueError(null, "substring not found");
        }
        return index;
    }

    @Builtin(name = "count", params = {"self", "sub", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(Object self, Object sub, Object start, Object end) {
            String s = StrBuiltins.self(self, "count");
            if (!(sub instanceof String needle)) {
                throw PyErrors.typeError(null, "must be str, not %s", PyErrors.typeName(sub));
            }
            Window w = window(s, start, end);
            if (w.empty()) {
                return 0;
            }
            if (needle.isEmpty()) {
                return s.codePointCount(w.from(), w.to()) + 1;
            }
            long n = 0;
            int i = w.from();
            while ((i = s.indexOf(needle, i)) >= 0 && i + needle.length() <= w.to()) {
                n++;
                i += needle.length();
            }
            return n;
        }
    }

    @TruffleBoundary
    static boolean affix(Object self, Object affix, Object start, Object end, String method, boolean prefix) {
        String s = StrBuiltins.self(self, method);
        Window w = window(s, start, end);
        if (affix instanceof PyTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (!(item instanceof String)) {
                    throw PyErrors.typeError(null, "tuple for %s must only contain str, not %s", method, PyErrors.typeName(item));
                }
                if (matchesAffix(s, (String) item, w, prefix)) {
                    return true;
                }
            }
            return false;
        } else if (affix instanceof String a) {
            return matchesAffix(s, a, w, prefix);
        }
        throw PyErrors.typeError(null, "%s first arg must be str or a tuple of str, not %s", method, PyErrors.typeName(affix));
    }

    private static boolean matchesAffix(String s, String a, Window w, boolean prefix) {
        if (w.empty() || w.to() - w.from() < a.length()) {
            return false;
        }
        return prefix ? s.startsWith(a, w.from()) : s.startsWith(a, w.to() - a.length());
    }

    @Builtin(name = "startswith", params = {"self", "prefix", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends PyBuiltinNode {
        @Specialization
        protected static boolean startswith(Object self, Object prefix, Object start, Object end) {
            return affix(self, prefix, start, end, "startswith", true);
        }
    }

    @Builtin(name = "endswith", params = {"self", "suffix", "start?", "end?", "/"})
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends PyBuiltinNode {
        @Specialization
        protected static boolean endswith(Object self, Object suffix, Object start, Object end) {
            return affix(self, suffix, start, end, "endswith", false);
        }
    }

    /** The separator of split/rsplit: null for runs of whitespace. */
    static String separator(Object sep) {
        if (isNoValueOrNone(sep)) {
            return null;
        }
        if (!(sep instanceof String s)) {
            throw PyErrors.typeError(null, "must be str or None, not %s", PyErrors.typeName(sep));
        }
        if (s.isEmpty()) {
            throw PyErrors.valueError(null, "empty separator");
        }
        return s;
    }

    @Builtin(name = "split", params = {"self", "sep?", "maxsplit?"})
    @GenerateNodeFactory
    public abstract static class SplitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyList split(Object self, Object sep, Object maxsplit) {
            String s = StrBuiltins.self(self, "split");
            String separator = separator(sep);
            long max = isNoValue(maxsplit) ? -1 : Numbers.asIndex(maxsplit);
            List<Object> parts = new ArrayList<>();
            if (separator == null) {
                int i = 0;
                int n = s.length();
                while (true) {
                    while (i < n && StrOps.isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i >= n) {
                        break;
                    }
                    if (max >= 0 && parts.size() == max) {
                        parts.add(s.substring(i));
                        break;
                    }
                    int j = i;
                    while (j < n && !StrOps.isSpace(s.charAt(j))) {
                        j++;
                    }
                    parts.add(s.substring(i, j));
                    i = j;
                }
            } else {
                int pos = 0;
                while (max < 0 || parts.size() < max) {
                    int i = s.indexOf(separator, pos);
                    if (i < 0) {
                        break;
                    }
                    parts.add(s.substring(pos, i));
                    pos = i + separator.length();
                }
                parts.add(s.substring(pos));
            }
            return new PyList(parts.toArray());
        }
    }

    @Builtin(name = "rsplit", params = {"self", "sep?", "maxsplit?"})
    @GenerateNodeFactory
    public abstract static class RsplitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyList rsplit(Object self, Object sep, Object maxsplit) {
            String s = StrBuiltins.self(self, "rsplit");
            String separator = separator(sep);
            long max = isNoValue(maxsplit) ? -1 : Numbers.asIndex(maxsplit);
            List<Object> parts = new ArrayList<>();
            if (separator == null) {
                int j = s.length();
                while (true) {
                    while (j > 0 && StrOps.isSpace(s.charAt(j - 1))) {
                        j--;
                    }
                    if (j <= 0) {
                        break;
                    }
                    if (max >= 0 && parts.size() == max) {
                        parts.add(s.substring(0, j));
                        break;
                    }
                    int i = j;
                    while (i > 0 && !StrOps.isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    parts.add(s.substring(i, j));
                    j = i;
                }
            } else {
                int end = s.length();
                while (max < 0 || parts.size() < max) {
                    int i = s.lastIndexOf(separator, end - separator.length());
                    if (i < 0) {
                        break;
                    }
                    parts.add(s.substring(i + separator.length(), end));
                    end = i;
                }
                parts.add(s.substring(0, end));
            }
            Collections.reverse(parts);
            return new PyList(parts.toArray());
        }
    }

    @Builtin(name = "splitlines", params = {"self", "keepends?"})
    @GenerateNodeFactory
    public abstract static class SplitLinesNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyList splitlines(Object self, Object keepends) {
            String s = StrBuiltins.self(self, "splitlines");
            boolean keep = given(keepends) && PyObjects.isTrue(keepends);
            List<Object> lines = new ArrayList<>();
            int start = 0;
            int i = 0;
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                int eol = i;
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else if (isLineBreak(c)) {
                    i++;
                } else {
                    i++;
                    continue;
                }
                lines.add(s.substring(start, keep ? i : eol));
                start = i;
            }
            if (start < n) {
                lines.add(s.substring(start));
            }
            return new PyList(lines.toArray());
        }

        private static boolean isLineBreak(char c) {
            switch (c) {
                case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
                    return true;
                default:
                    return false;
            }
        }
    }

    @TruffleBoundary
    static PyTuple partition(Object self, Object sep, String method, boolean reverse) {
        String s = StrBuiltins.self(self, method);
        if (!(sep instanceof String separator)) {
            throw PyErrors.typeError(null, "must be str, not %s", PyErrors.typeName(sep));
        }
        if (separator.isEmpty()) {
            throw PyErrors.valueError(null, "empty separator");
        }
        int i = reverse ? s.lastIndexOf(separator) : s.indexOf(separator);
        if (i < 0) {
            return reverse ? PyTuple.of("", "", s) : PyTuple.of(s, "", "");
        }
        return PyTuple.of(s.substring(0, i), separator, s.substring(i + separator.length()));
    }

    @Builtin(name = "partition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PyBuiltinNode {
        @Specialization
        protected static PyTuple partition(Object self, Object sep) {
            return StrSearchBuiltins.partition(self, sep, "partition", false);
        }
    }

    @Builtin(name = "rpartition", params = {"self", "sep", "/"})
    @GenerateNodeFactory
    public abstract static class RpartitionNode extends PyBuiltinNode {
        @Specialization
        protected static PyTuple rpartition(Object self, Object sep) {
            return StrSearchBuiltins.partition(self, sep, "rpartition", true);
        }
    }
}
