package org.tessera.machine.config;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Test support for the fuzz tests of the model's inputs (machine configs, cost tables, the
 * instrument's options): a small editable YAML document model that keeps duplicate and odd keys,
 * an emitter, random values of every wrong sort, text- and byte-level damage, and a runner that
 * gives every case a deadline and collects what went wrong instead of stopping at the first.
 */
public final class YamlFuzz {
    private YamlFuzz() {
    }

    // ---- the document model ------------------------------------------------------------------

    /** A mapping; its entries may repeat a key (the emitter writes what it holds). */
    public static final class Mapping {
        public final List<Entry> entries = new ArrayList<>();

        public Entry get(String key) {
            for (Entry e : entries) {
                if (e.key.equals(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    /** One key and its value: a raw scalar (String, written as it is), a {@link Mapping} or a {@link Seq}. */
    public static final class Entry {
        public String key;
        public Object value;

        public Entry(String key, Object value) {
            this.key = key;
            this.value = value;
        }
    }

    /** A list, written in flow style. */
    public static final class Seq {
        public final List<Object> items = new ArrayList<>();
    }

    /** A place in a document: the mapping holding an entry, the entry, and its dotted path. */
    public record Place(Mapping parent, Entry entry, String path) {
    }

    /** Reads YAML (of plain maps, lists and scalars) into the editable model. */
    public static Mapping parse(String yaml) {
        return (Mapping) convert(new Yaml().load(yaml));
    }

    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null", "~");

    private static Object convert(Object o) {
        if (o instanceof Map<?, ?> m) {
            Mapping r = new Mapping();
            m.forEach((k, v) -> r.entries.add(new Entry(String.valueOf(k), convert(v))));
            return r;
        }
        if (o instanceof List<?> l) {
            Seq s = new Seq();
            l.forEach(x -> s.items.add(convert(x)));
            return s;
        }
        if (o == null) {
            return "~";
        }
        if (o instanceof String s) {
            return s.matches("[A-Za-z][A-Za-z0-9_+.-]*") && !RESERVED.contains(s.toLowerCase(Locale.ROOT)) ? s : quote(s);
        }
        return String.valueOf(o);
    }

    /** A double-quoted YAML scalar. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    public static Object copy(Object node) {
        if (node instanceof Mapping m) {
            Mapping r = new Mapping();
            m.entries.forEach(e -> r.entries.add(new Entry(e.key, copy(e.value))));
            return r;
        }
        if (node instanceof Seq s) {
            Seq r = new Seq();
            s.items.forEach(x -> r.items.add(copy(x)));
            return r;
        }
        return node;
    }

    /** Every entry of the document, depth first, with its dotted path. */
    public static List<Place> places(Mapping root) {
        List<Place> all = new ArrayList<>();
        collect(root, "", all);
        return all;
    }

    private static void collect(Mapping m, String path, List<Place> all) {
        for (Entry e : m.entries) {
            String p = path.isEmpty() ? e.key : path + "." + e.key;
            all.add(new Place(m, e, p));
            if (e.value instanceof Mapping sub) {
                collect(sub, p, all);
            }
        }
    }

    /** Block style for mappings, flow style for lists and for mappings inside lists. */
    public static String emit(Object root) {
        StringBuilder b = new StringBuilder();
        if (root instanceof Mapping m && !m.entries.isEmpty()) {
            block(m, 0, b);
        } else {
            b.append(flow(root)).append('\n');
        }
        return b.toString();
    }

    private static void block(Mapping m, int indent, StringBuilder b) {
        String pad = " ".repeat(indent);
        for (Entry e : m.entries) {
            if (e.key.startsWith("? ")) {
                b.append(pad).append(e.key).append('\n').append(pad).append(':');
                String v = flow(e.value);
                b.append(v.isEmpty() ? "" : " " + v).append('\n');
                continue;
            }
            b.append(pad).append(e.key).append(':');
            if (e.value instanceof Mapping sub && !sub.entries.isEmpty()) {
                b.append('\n');
                block(sub, indent + 2, b);
            } else {
                String v = flow(e.value);
                b.append(v.isEmpty() ? "" : " " + v).append('\n');
            }
        }
    }

    public static String flow(Object node) {
        if (node instanceof Mapping m) {
            List<String> parts = new ArrayList<>();
            for (Entry e : m.entries) {
                parts.add((e.key.startsWith("? ") ? e.key + " " : e.key) + ": " + flow(e.value));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (node instanceof Seq s) {
            List<String> parts = new ArrayList<>();
            s.items.forEach(x -> parts.add(flow(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return (String) node;
    }

    /** Whether SnakeYAML can compose {@code text} (with the loaders' options). */
    public static boolean composes(String text) {
        try {
            new Yaml(new LoaderOptions()).compose(new StringReader(text));
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    // ---- random values -------------------------------------------------------------------------

    /** Scalars and nodes of every wrong sort: text, quoted numbers, null, booleans, lists, mappings, tags, odd numbers. */
    public static final List<String> WRONG = List.of("abc", "\"4\"", "'8'", "\"\"", "''", "~", "null", "", "true", "false", "yes", "off", "[]", "[1, 2]",
                    "{}", "{a: 1}", "[[1]]", "{dimensions: [2, 2]}", "[{kind: mesh}]", "!!str 5", "!!int abc", "!!int \"\"", "!!int \"+\"", "!!int \"0x\"",
                    "!!int \"99999999999999999999\"", "!!float x", "!!float \"\"", "!!float \"1e999\"", "!!float NaN", "!!binary aGVsbG8=",
                    "!!null ''", "!!map {}", "!!seq []", "!!bool maybe", "!!timestamp 2001-12-14", "2001-12-14", "&a 5", "!custom 5",
                    "!!python/object:os.system {}", "!!javax.script.ScriptEngineManager [x]", "1.5", "-1.5", "0.5", "1e3", "1.0e3", "1e400", "-1e400",
                    ".nan", ".NaN", ".inf", "-.inf", "+.inf", "0x1F", "-0x1F", "0o17", "017", "08", "0b101", "1_000", "+5", "-0", "1:30", "-1:30",
                    "190:20:30", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551616",
                    "2147483647", "2147483648", "-2147483649", "4294967296", "4294967297", "1e18", "0", "-1", "00", "0.0", "-0.0", "1.0", "2.0",
                    "NaN", "Infinity", "-Infinity", "1 000", "5 # comment", "\"\\u0000\"", "\"\\x00\"", "\"\\uD800\"", "é", "日本", "🙂", "'\t'",
                    "\"1\\n2\"", "1".repeat(400), "\"" + "x".repeat(5000) + "\"", "-", "?", "<<", "=", "mesh", "torus", "wormhole", "32KiB", "1K",
                    "1.5M", "1 MiB", "-1K", "K", "99999999999999999999K", "1T", "0K", "64", "8", "4", "2", "1");

    /** Byte counts in every form: suffixes, overflows, fractions, spaces, other units. */
    public static final List<String> SIZES = List.of("0", "1", "4096", "32KiB", "32kib", "32 KiB", "32K", "32KB", "1M", "1MiB", "16M", "16MiB", "17M",
                    "1G", "1GiB", "4G", "8589934591G", "8589934592G", "999999999999999G", "9999999999999999", "1T", "1KiBs", "1.5K", "1e3K",
                    "-1K", "K", "KiB", "0x10K", "\"4\"", "\"1M\"", "1b", "1B", "2048B", "１K", "9223372036854775807", "9223372036854775808",
                    "16777216", "16777217");

    /** Topology keys and values that switch family or take a family to its limits. */
    public static final List<String> DIMENSIONS = List.of("[2, 2]", "[1]", "[2]", "[1, 1]", "[1, 2]", "[3]", "[]", "[4, 4, 4, 4, 4, 4, 4]",
                    "[16, 16, 16, 16, 16, 16]", "[2, 2, 2, 2, 2, 2]", "[4096, 4096]", "[4096, 4097]", "[2048, 2048]", "[1024, 1024]",
                    "[65536]", "[65537]", "[65536, 256]", "[65536, 257]", "[0, 4]", "[-2, 2]", "[2, 2.5]", "[2, \"2\"]", "[2, ~]", "[2, [2]]",
                    "[2, {a: 1}]", "[9223372036854775807, 2]", "[2147483648, 1]", "[65536, 65536, 65536, 65536]", "[8, 8]", "[5, 7]",
                    "[300, 300, 300]", "[128, 128, 128]", "[256, 256, 256]", "[2, 3, 5, 7, 11]", "2", "{a: 2}");

    /** A word near {@code key}: one letter dropped, doubled, swapped, changed, or the case or separator changed. */
    public static String misspell(String key, Random random) {
        if (key.isEmpty()) {
            return "x";
        }
        int i = random.nextInt(key.length());
        return switch (random.nextInt(7)) {
            case 0 -> key.substring(0, i) + key.substring(i + 1);
            case 1 -> key.substring(0, i) + key.charAt(i) + key.substring(i);
            case 2 -> i + 1 < key.length() ? key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2) : key + "s";
            case 3 -> key.substring(0, i) + (char) ('a' + random.nextInt(26)) + key.substring(i + 1);
            case 4 -> key.toUpperCase(Locale.ROOT);
            case 5 -> key.replace('_', '-').equals(key) ? key + "_" : key.replace('_', '-');
            default -> key + (char) ('a' + random.nextInt(26));
        };
    }

    /** A random plain word (a key nobody declared). */
    public static String word(Random random) {
        int n = 1 + random.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
            if (i > 0 && random.nextInt(6) == 0) {
                b.append('_');
            }
        }
        return b.toString();
    }

    /** {@code raw} composed as a YAML value (the value of {@code v: raw}), or null if it does not compose. */
    public static org.yaml.snakeyaml.nodes.Node composeValue(String raw) {
        try {
            org.yaml.snakeyaml.nodes.MappingNode m = (org.yaml.snakeyaml.nodes.MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader("v: " + raw + "\n"));
            return m.getValue().get(0).getValueNode();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The keys of {@code node} if it is a YAML mapping, else none. */
    public static List<String> mappingKeys(org.yaml.snakeyaml.nodes.Node node) {
        List<String> keys = new ArrayList<>();
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                keys.add(((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue());
            }
        }
        return keys;
    }

    public static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- damage to text and bytes --------------------------------------------------------------

    private static final List<String> JUNK = List.of(":", ": ", "-", "- ", "[", "]", "{", "}", ",", "\"", "'", "&", "*", "!", "|", ">", "%", "@", "`",
                    "\t", "\\", "#", "?", "\u0000", "\uFFFF", "\uFEFF", "\u0085", "\u2028", "🙂", "\r", "\n", "  ", "---", "...", "!!", "<<: *a",
                    "*a", "&a", "\u001b[31m", "é", "\uD800");

    /** Text-level damage: truncation, deletions, junk characters, moved or re-indented lines, extra documents, bombs. */
    public static String garble(String text, Random random) {
        int n = text.length();
        switch (random.nextInt(16)) {
            case 0:
                return text.substring(0, random.nextInt(n + 1));
            case 1: {
                int from = random.nextInt(n + 1);
                int to = Math.min(n, from + 1 + random.nextInt(20));
                return text.substring(0, from) + text.substring(to);
            }
            case 2: {
                StringBuilder b = new StringBuilder(text);
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    b.insert(random.nextInt(b.length() + 1), pick(JUNK, random));
                }
                return b.toString();
            }
            case 3: {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = random.nextInt(lines.size());
                int j = random.nextInt(lines.size());
                String tmp = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, tmp);
                return String.join("\n", lines);
            }
            case 4: {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = random.nextInt(lines.size());
                lines.set(i, " ".repeat(random.nextInt(5)) + lines.get(i).stripLeading());
                return String.join("\n", lines);
            }
            case 5: {
                List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
                int i = random.nextInt(lines.size());
                lines.add(random.nextInt(lines.size() + 1), lines.get(i));
                return String.join("\n", lines);
            }
            case 6:
                return text.replace(":", random.nextBoolean() ? " " : "=");
            case 7:
                return text + "---\n" + text;
            case 8:
                return pick(List.of("%YAML 1.1\n---\n", "%YAML 2.0\n---\n", "%TAG ! tag:example.com,2000:\n---\n", "\uFEFF", "--- !!map\n",
                                "--- |\n", "# only a comment\n", "...\n", "%FOO bar\n---\n"), random) + text;
            case 9:
                return text.replace("\n", "\r\n");
            case 10:
                return text.replace("  ", "\t");
            case 11: {
                // nesting bomb
                int depth = 40 + random.nextInt(5000);
                return "topology: " + "[".repeat(depth) + "]".repeat(random.nextBoolean() ? depth : 0) + "\n";
            }
            case 12: {
                // alias bomb (billion laughs)
                StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
                for (int i = 1; i < 12; i++) {
                    b.append("a").append(i).append(": &a").append(i).append(" [");
                    for (int j = 0; j < 10; j++) {
                        b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                    }
                    b.append("]\n");
                }
                return b + text;
            }
            case 13:
                return pick(List.of("", " ", "\n", "\n\n\n", "# nothing\n", "---\n", "...\n", "~\n", "null\n", "[]\n", "{}\n", "- a\n- b\n", "42\n",
                                "\"text\"\n", "topology\n", "topology:\n", "topology: mesh\n", "\u0000", "\t\n", "!!binary aGVsbG8=\n",
                                "&a [*a]\n", "? [a, b]\n: 1\n", "*a\n"), random);
            case 14: {
                // a huge document: many unknown keys
                StringBuilder b = new StringBuilder(text);
                int count = 500 + random.nextInt(3000);
                for (int i = 0; i < count; i++) {
                    b.append("k").append(i).append(": ").append(i).append('\n');
                }
                return b.toString();
            }
            default: {
                StringBuilder b = new StringBuilder();
                int count = random.nextInt(200);
                for (int i = 0; i < count; i++) {
                    b.append(random.nextInt(4) == 0 ? pick(JUNK, random) : String.valueOf((char) (' ' + random.nextInt(95))));
                }
                return b.toString();
            }
        }
    }

    /** The bytes of a config file, sometimes not UTF-8: stray bytes, Latin-1, UTF-16, truncated sequences, random bytes. */
    public static byte[] damageBytes(String text, Random random) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(8)) {
            case 0: {
                byte[] b = utf8.clone();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) pick(List.of(0xFF, 0xFE, 0xC3, 0xE2, 0x80, 0xED, 0xF8, 0xC0), random).intValue();
                }
                return b;
            }
            case 1:
                return ("name: caf\u00e9\n" + text).getBytes(StandardCharsets.ISO_8859_1);
            case 2:
                return text.getBytes(StandardCharsets.UTF_16);
            case 3: {
                byte[] b = new byte[random.nextInt(300)];
                random.nextBytes(b);
                return b;
            }
            case 4:
                return new byte[0];
            case 5: {
                byte[] e = "name: \"\u00e9".getBytes(StandardCharsets.UTF_8);
                byte[] b = new byte[utf8.length + e.length - 1];
                System.arraycopy(utf8, 0, b, 0, utf8.length);
                System.arraycopy(e, 0, b, utf8.length, e.length - 1); // cut inside a multi-byte character
                return b;
            }
            case 6:
                return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
            default:
                return utf8;
        }
    }

    // ---- running cases ---------------------------------------------------------------------------

    /** One line per distinct problem, with the first case that showed it; at most a few of each. */
    public static final class Problems {
        private final Map<String, String> byKind = new java.util.LinkedHashMap<>();
        private int count;

        public void add(String kind, String detail) {
            count++;
            byKind.putIfAbsent(kind, detail);
        }

        public boolean isEmpty() {
            return count == 0;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(count + " failing cases, " + byKind.size() + " kinds:\n");
            byKind.forEach((k, v) -> b.append("\n* ").append(k).append("\n  ").append(v.replace("\n", "\n  ")).append('\n'));
            return b.toString();
        }
    }

    /** A single worker thread, so each case gets a deadline and a hung case is reported, not waited for. */
    public static final class Runner implements AutoCloseable {
        private ExecutorService worker = newWorker();
        private final long deadlineMillis;

        public Runner(long deadlineMillis) {
            this.deadlineMillis = deadlineMillis;
        }

        private static ExecutorService newWorker() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(null, r, "fuzz-case", 8L << 20);
                t.setDaemon(true);
                return t;
            });
        }

        /**
         * Runs {@code body}; a Throwable it throws, or not finishing within the deadline, goes to
         * {@code problems} under {@code what}.
         */
        public void run(String what, Problems problems, Runnable body) {
            Future<?> f = worker.submit(body);
            try {
                f.get(deadlineMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
                problems.add("no result within " + deadlineMillis + " ms (a hang)", what);
            } catch (ExecutionException e) {
                Throwable t = e.getCause();
                String kind = t instanceof AssertionError ? firstLine(t.getMessage()) : t.getClass().getName() + " escaped";
                problems.add(kind.length() > 200 ? kind.substring(0, 200) + "…" : kind, what + "\n" + describe(t));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no message)";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        // Group by the problem, not by the value that showed it.
        return line.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
    }

    private static String describe(Throwable t) {
        if (t instanceof AssertionError) {
            return t.getMessage();
        }
        StringBuilder b = new StringBuilder(t.toString());
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            b.append("\n    at ").append(trace[i]);
        }
        return b.length() > 3000 ? b.substring(0, 3000) + "…" : b.toString();
    }

    /** A case's input for a failure report, cut to a readable length. */
    public static String show(String text) {
        String t = text.length() > 1500 ? text.substring(0, 1500) + "… (" + text.length() + " chars)" : text;
        return "----\n" + t.replace("\u0000", "\\0") + "\n----";
    }

    private static final Pattern ERROR_SHAPE = Pattern.compile("(?s)(\\d+: )?(.*)");

    /**
     * Checks the shape every config error must have: one line, short enough to read, starting
     * with {@code source:LINE: } (or {@code source: } for problems with no line), no Java
     * exception names. Returns the text after that prefix.
     */
    public static String checkShape(String message, String source, Consumer<String> fail) {
        if (message == null || message.isBlank()) {
            fail.accept("an error without a message");
            return "";
        }
        if (message.contains("\n") || message.contains("\r")) {
            fail.accept("an error of more than one line\n" + message);
        }
        if (message.length() > 600) {
            fail.accept("an error of more than 600 characters\n" + message.substring(0, 300) + "… (" + message.length() + " characters)");
        }
        if (message.contains("Exception") || message.contains("java.") || message.contains("For input string") || message.contains("\tat ")) {
            fail.accept("an error that shows Java internals\n" + message);
        }
        if (!message.startsWith(source + ":")) {
            fail.accept("an error that does not start with its source\nsource " + source + ", error: " + message);
            return "";
        }
        Matcher m = ERROR_SHAPE.matcher(message.substring(source.length() + 1).stripLeading());
        m.matches();
        return m.group(2);
    }
}
