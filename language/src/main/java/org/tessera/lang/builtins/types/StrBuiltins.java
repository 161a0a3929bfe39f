package org.tessera.lang.builtins.types;

import java.util.Locale;

import static org.tessera.lang.builtins.PyBuiltinNode.given;
import static org.tessera.lang.builtins.PyBuiltinNode.isNoValue;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.StrFormat;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code str}: construction, joining, formatting, case mapping, character classes, padding and stripping. */
public final class StrBuiltins {
    private StrBuiltins() {
    }

    /** The str {@code self} of a method, or TypeError as CPython's descriptors raise it. */
    static String self(Object self, String method) {
        if (self instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    /** A str argument, or TypeError naming the method and the type that came instead. */
    static String strArg(Object value, String method, int position) {
        if (value instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(null, "%s arg %d must be str, not %s", method, position, PyErrors.typeName(value));
    }

    @Builtin(name = "__new__", params = {"cls", "object?", "encoding?", "errors?"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String create(@SuppressWarnings("unused") PyType cls, Object object, Object encoding, Object errors) {
            if (isNoValue(object)) {
                return "";
            }
            if (object instanceof org.tessera.lang.runtime.PyBytes bytes && (given(encoding) || given(errors))) {
                return BytesBuiltins.decode(bytes, encoding, errors);
            }
            return PyObjects.str(object);
        }
    }

    @Builtin(name = "encode", params = {"self", "encoding?", "errors?"})
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PyBuiltinNode {
        @Specialization
        protected static Object encode(Object self, Object encoding, Object errors) {
            return BytesBuiltins.encode(self(self, "encode"), encoding, errors);
        }
    }

    @Builtin(name = "join", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String join(Object self, Object iterable) {
            String sep = self(self, "join");
            Object[] items = Iteration.toArray(iterable);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                if (!(items[i] instanceof String s)) {
                    throw PyErrors.typeError(null, "sequence item %d: expected str instance, %s found", i, PyErrors.typeName(items[i]));
                }
                sb.append(s);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "format", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class FormatNode extends PyBuiltinNode {
        @Specialization
        protected static String format(Object self, PyTuple args, PyDict kwargs) {
            return StrFormat.format(self(self, "format"), args.getItems(), kwargs);
        }
    }

    @Builtin(name = "upper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String upper(Object self) {
            return self(self, "upper").toUpperCase(Locale.ROOT);
        }
    }

    @Builtin(name = "lower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String lower(Object self) {
            return self(self, "lower").toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "casefold", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CasefoldNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String casefold(Object self) {
            return self(self, "casefold").toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "swapcase", params = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapcaseNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String swapcase(Object self) {
            String s = self(self, "swapcase");
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                String c = new String(Character.toChars(cp));
                if (cp == CAPITAL_SIGMA) {
                    sb.append(isFinalSigma(s, i) ? "\u03c2" : "\u03c3");
                } else if (Character.isUpperCase(cp)) {
                    sb.append(c.toLowerCase(Locale.ROOT));
                } else if (Character.isLowerCase(cp)) {
                    sb.append(c.toUpperCase(Locale.ROOT));
                } else {
                    sb.append(c);
                }
                i += Character.charCount(cp);
            }
            return sb.toString();
        }

        private static final int CAPITAL_SIGMA = 0x3a3;

        /** Unicode's Final_Sigma: a cased letter before, none after. */
        private static boolean isFinalSigma(String s, int index) {
            boolean casedBefore = index > 0 && isCased(s.codePointBefore(index));
            int after = index + 1;
            boolean casedAfter = after < s.length() && isCased(s.codePointAt(after));
            return casedBefore && !casedAfter;
        }
    }

    @Builtin(name = "capitalize", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String capitalize(Object self) {
            String s = self(self, "capitalize");
            if (s.isEmpty()) {
                return s;
            }
            int first = s.codePointAt(0);
            int n = Character.charCount(first);
            return titleCase(first) + s.substring(n).toLowerCase(Locale.ROOT);
        }
    }

    /** The title case of one code point, with the multi-character mappings Java lacks. */
    static String titleCase(int cp) {
        switch (cp) {
            case 0xdf:
                return "Ss";
            case 0xfb00:
                return "Ff";
            case 0xfb01:
                return "Fi";
            case 0xfb02:
                return "Fl";
            default:
                int t = Character.toTitleCase(cp);
                if (t == cp && !Character.isTitleCase(cp)) {
                    String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
                    return upper.codePointCount(0, upper.length()) == 1 ? upper : new String(Character.toChars(cp));
                }
                return new String(Character.toChars(t));
        }
    }

    static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    @Builtin(name = "title", params = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String title(Object self) {
            String s = self(self, "title");
            StringBuilder sb = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!isCased(cp)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                sb.append(titleCase(cp));
                int wordEnd = i;
                while (wordEnd < s.length() && isCased(s.codePointAt(wordEnd))) {
                    wordEnd += Character.charCount(s.codePointAt(wordEnd));
                }
                // Lowercase the rest of the word at once, so context rules such as final sigma apply.
                sb.append(s.substring(i, wordEnd).toLowerCase(Locale.ROOT));
                i = wordEnd;
            }
            return sb.toString();
        }
    }

    /** Which character-class test a predicate method applies. */
    enum CharClass {
        DIGIT, DECIMAL, NUMERIC, ALPHA, ALNUM, SPACE, PRINTABLE, ASCII;

        boolean test(int cp) {
            switch (this) {
                case DIGIT:
                    return Character.isDigit(cp) || (Character.getType(cp) == Character.OTHER_NUMBER && Character.getNumericValue(cp) >= 0 &&
                                    Character.getNumericValue(cp) <= 9);
                case DECIMAL:
                    return Character.isDigit(cp);
                case NUMERIC:
                    int t = Character.getType(cp);
                    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
                case ALPHA:
                    return Character.isLetter(cp);
                case ALNUM:
                    return Character.isLetter(cp) || NUMERIC.test(cp);
                case SPACE:
                    return StrOps.isSpace(cp);
                case PRINTABLE:
                    return StrOps.isPrintable(cp);
                default:
                    return cp < 0x80;
            }
        }

        boolean allOf(String s) {
            if (s.isEmpty()) {
                return this == PRINTABLE || this == ASCII;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (!test(cp)) {
                    return false;
                }
            }
            return true;
        }
    }

    @TruffleBoundary
    static boolean allOf(Object self, CharClass charClass, String method) {
        return charClass.allOf(self(self, method));
    }

    @Builtin(name = "isdigit", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.DIGIT, "isdigit");
        }
    }

    @Builtin(name = "isdecimal", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDecimalNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.DECIMAL, "isdecimal");
        }
    }

    @Builtin(name = "isnumeric", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsNumericNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.NUMERIC, "isnumeric");
        }
    }

    @Builtin(name = "isalpha", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.ALPHA, "isalpha");
        }
    }

    @Builtin(name = "isalnum", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.ALNUM, "isalnum");
        }
    }

    @Builtin(name = "isspace", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.SPACE, "isspace");
        }
    }

    @Builtin(name = "isprintable", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsPrintableNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.PRINTABLE, "isprintable");
        }
    }

    @Builtin(name = "isascii", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PyBuiltinNode {
        @Specialization
        protected static boolean test(Object self) {
            return allOf(self, CharClass.ASCII, "isascii");
        }
    }

    @Builtin(name = "isupper", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean test(Object self) {
            return casedAll(self(self, "isupper"), true);
        }
    }

    @Builtin(name = "islower", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean test(Object self) {
            return casedAll(self(self, "islower"), false);
        }
    }

    /** At least one cased character, and every cased one is upper (or lower) case. */
    static boolean casedAll(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (upper ? (Character.isLowerCase(cp) || Character.isTitleCase(cp)) : (Character.isUpperCase(cp) || Character.isTitleCase(cp))) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(cp) : Character.isLowerCase(cp);
        }
        return cased;
    }

    @Builtin(name = "istitle", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean test(Object self) {
            String s = self(self, "istitle");
            boolean cased = false;
            boolean previousCased = false;
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else if (Character.isLowerCase(cp)) {
                    if (!previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return cased;
        }
    }

    @Builtin(name = "isidentifier", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIdentifierNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean test(Object self) {
            String s = self(self, "isidentifier");
            if (s.isEmpty()) {
                return false;
            }
            for (int i = 0; i < s.length();) {
                int cp = s.codePointAt(i);
                boolean ok = i == 0 ? (cp == '_' || Character.isUnicodeIdentifierStart(cp)) : (cp == '_' || Character.isUnicodeIdentifierPart(cp)) &&
                                !Character.isIdentifierIgnorable(cp);
                if (!ok) {
                    return false;
                }
                i += Character.charCount(cp);
            }
            return true;
        }
    }

    @Builtin(name = "zfill", params = {"self", "width", "/"})
    @GenerateNodeFactory
    public abstract static class ZfillNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String zfill(Object self, Object width) {
            String s = self(self, "zfill");
            long w = Numbers.asIndex(width);
            int n = StrOps.length(s);
            if (w <= n) {
                return s;
            }
            String zeros = "0".repeat((int) (w - n));
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        }
    }

    /** Padding for center/ljust/rjust: where the original goes inside {@code width}. */
    @TruffleBoundary
    static String pad(Object self, Object width, Object fillchar, String method, char align) {
        String s = self(self, method);
        long w = Numbers.asIndex(width);
        String fill = " ";
        if (given(fillchar)) {
            if (!(fillchar instanceof String f) || StrOps.length(f) != 1) {
                if (fillchar instanceof String) {
                    throw PyErrors.typeError(null, "The fill character must be exactly one character long");
                }
                throw PyErrors.typeError(null, "The fill character must be a unicode character, not %s", PyErrors.typeName(fillchar));
            }
            fill = f;
        }
        int n = StrOps.length(s);
        if (w <= n) {
            return s;
        }
        int margin = (int) (w - n);
        int left;
        switch (align) {
            case '<':
                left = 0;
                break;
            case '>':
                left = margin;
                break;
            default:
                left = margin / 2 + (margin & (int) w & 1);
                break;
        }
        return fill.repeat(left) + s + fill.repeat(margin - left);
    }

    @Builtin(name = "center", params = {"self", "width", "fillchar?", "/"})
    @GenerateNodeFactory
    public abstract static class CenterNode extends PyBuiltinNode {
        @Specialization
        protected static String center(Object self, Object width, Object fillchar) {
            return pad(self, width, fillchar, "center", '^');
        }
    }

    @Builtin(name = "ljust", params = {"self", "width", "fillchar?", "/"})
    @GenerateNodeFactory
    public abstract static class LjustNode extends PyBuiltinNode {
        @Specialization
        protected static String ljust(Object self, Object width, Object fillchar) {
            return pad(self, width, fillchar, "ljust", '<');
        }
    }

    @Builtin(name = "rjust", params = {"self", "width", "fillchar?", "/"})
    @GenerateNodeFactory
    public abstract static class RjustNode extends PyBuiltinNode {
        @Specialization
        protected static String rjust(Object self, Object width, Object fillchar) {
            return pad(self, width, fillchar, "rjust", '>');
        }
    }

    /** strip/lstrip/rstrip: removes whitespace, or any of {@code chars}, from the chosen ends. */
    @TruffleBoundary
    static String strip(Object self, Object chars, String method, boolean left, boolean right) {
        String s = self(self, method);
        String set = null;
        if (given(chars) && chars != org.tessera.lang.runtime.PyNone.NONE) {
            if (!(chars instanceof String c)) {
                throw PyErrors.typeError(null, "%s arg must be None or str", method);
            }
            set = c;
        }
        int start = 0;
        int end = s.length();
        if (left) {
            while (start < end && stripped(s.codePointAt(start), set)) {
                start += Character.charCount(s.codePointAt(start));
            }
        }
        if (right) {
            while (end > start && stripped(s.codePointBefore(end), set)) {
                end -= Character.charCount(s.codePointBefore(end));
            }
        }
        return s.substring(start, end);
    }

    private static boolean stripped(int cp, String set) {
        return set == null ? StrOps.isSpace(cp) : set.indexOf(cp) >= 0;
    }

    @Builtin(name = "strip", params = {"self", "chars?", "/"})
    @GenerateNodeFactory
    public abstract static class StripNode extends PyBuiltinNode {
        @Specialization
        protected static String strip(Object self, Object chars) {
            return StrBuiltins.strip(self, chars, "strip", true, true);
        }
    }

    @Builtin(name = "lstrip", params = {"self", "chars?", "/"})
    @GenerateNodeFactory
    public abstract static class LstripNode extends PyBuiltinNode {
        @Specialization
        protected static String lstrip(Object self, Object chars) {
            return StrBuiltins.strip(self, chars, "lstrip", true, false);
        }
    }

    @Builtin(name = "rstrip", params = {"self", "chars?", "/"})
    @GenerateNodeFactory
    public abstract static class RstripNode extends PyBuiltinNode {
        @Specialization
        protected static String rstrip(Object self, Object chars) {
            return StrBuiltins.strip(self, chars, "rstrip", false, true);
        }
    }

    @Builtin(name = "replace", params = {"self", "old", "new", "count?", "/"})
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String replace(Object self, Object old, Object replacement, Object count) {
            String s = self(self, "replace");
            String from = strArg(old, "replace()", 1);
            String to = strArg(replacement, "replace()", 2);
            long max = isNoValue(count) ? -1 : Numbers.asIndex(count);
            if (max < 0) {
                return from.isEmpty() ? insertEverywhere(s, to, Long.MAX_VALUE) : s.replace(from, to);
            }
            if (from.isEmpty()) {
                return insertEverywhere(s, to, max);
            }
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            long done = 0;
            while (done < max) {
                int i = s.indexOf(from, pos);
                if (i < 0) {
                    break;
                }
                sb.append(s, pos, i).append(to);
                pos = i + from.length();
                done++;
            }
            return sb.append(s, pos, s.length()).toString();
        }

        private static String insertEverywhere(String s, String to, long max) {
            StringBuilder sb = new StringBuilder();
            long done = 0;
            int i = 0;
            while (i <= s.length()) {
                if (done < max) {
                    sb.append(to);
                    done++;
                }
                if (i == s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "expandtabs", params = {"self", "tabsize?"})
    @GenerateNodeFactory
    public abstract static class ExpandTabsNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String expandtabs(Object self, Object tabsize) {
            String s = self(self, "expandtabs");
            long size = isNoValue(tabsize) ? 8 : Numbers.asIndex(tabsize);
            StringBuilder sb = new StringBuilder();
            int column = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\t') {
                    if (size > 0) {
                        int spaces = (int) (size - column % size);
                        sb.append(" ".repeat(spaces));
                        column += spaces;
                    }
                } else {
                    sb.append(c);
                    column = (c == '\n' || c == '\r') ? 0 : column + 1;
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "removeprefix", params = {"self", "prefix", "/"})
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String removeprefix(Object self, Object prefix) {
            String s = self(self, "removeprefix");
            String p = strArg(prefix, "removeprefix()", 1);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", params = {"self", "suffix", "/"})
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String removesuffix(Object self, Object suffix) {
            String s = self(self, "removesuffix");
            String p = strArg(suffix, "removesuffix()", 1);
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        }
    }
}
