package org.tessera.machine.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte counts written as {@code 4096}, {@code 32KiB}, {@code 1M} (suffixes are binary: K = 1024). */
public final class ByteSize {
    private ByteSize() {
    }

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(|k|kb|kib|m|mb|mib|g|gb|gib|b)");

    /** The number of bytes {@code text} denotes, or -1 if it is not a byte count. */
    public static long parse(String text) {
        Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(1).length() > 15) {
            return -1;
        }
        long value = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            default -> 0;
        };
        return value > (Long.MAX_VALUE >> shift) ? -1 : value << shift;
    }

    /** A short rendering: {@code 1 MiB}, {@code 48 KiB}, {@code 100 B}. */
    public static String format(long bytes) {
        if (bytes >= 1 << 30 && bytes % (1 << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " B";
    }
}
