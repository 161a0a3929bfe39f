package org.tessera.machine.program;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How option values are spelt: lower case with hyphens ({@code round-robin}, {@code migrate-to-data}). */
final class Choices {
    private Choices() {
    }

    static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelt {@code text} (case and {@code _}/{@code -} ignored), or an error listing the valid spellings. */
    static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (spelling(constant).equals(wanted)) {
                return constant;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(Choices::spelling).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown " + what + " '" + org.tessera.machine.config.YamlNodes.shown(String.valueOf(text)) + "'; valid values: " + valid);
    }
}
