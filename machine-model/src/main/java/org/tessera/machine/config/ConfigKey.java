package org.tessera.machine.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One key of a config file: its place, type, bounds, default and meaning. The loader reads values
 * through these declarations, so the bounds checked and the reference documented are the same.
 *
 * @param section      the enclosing mapping ({@code ""} for top-level keys)
 * @param defaultValue the value when absent, or null if the key is required (or, for
 *                     {@code tiles.count}, only checked when present)
 */
public record ConfigKey(String section, String name, Type type, double min, double max, Object defaultValue, Class<? extends Enum<?>> choices,
                String meaning) {

    /** The value types a key can have. */
    public enum Type {
        TEXT, INTEGER, NUMBER, SIZE, CHOICE, INTEGER_LIST
    }

    static ConfigKey text(String section, String name, String meaning) {
        return new ConfigKey(section, name, Type.TEXT, 0, 0, null, null, meaning);
    }

    static ConfigKey integer(String section, String name, long min, long max, Integer defaultValue, String meaning) {
        return new ConfigKey(section, name, Type.INTEGER, min, max, defaultValue, null, meaning);
    }

    static ConfigKey number(String section, String name, double min, double max, Double defaultValue, String meaning) {
        return new ConfigKey(section, name, Type.NUMBER, min, max, defaultValue, null, meaning);
    }

    static ConfigKey size(String section, String name, long min, long max, Long defaultValue, String meaning) {
        return new ConfigKey(section, name, Type.SIZE, min, max, defaultValue, null, meaning);
    }

    static ConfigKey choice(String section, String name, Class<? extends Enum<?>> choices, Enum<?> defaultValue, String meaning) {
        return new ConfigKey(section, name, Type.CHOICE, 0, 0, defaultValue, choices, meaning);
    }

    static ConfigKey integerList(String section, String name, int minLength, int maxLength, long minEach, long maxEach, String meaning) {
        return new ConfigKey(section, name, Type.INTEGER_LIST, minEach, maxEach, null, null, meaning + " (" + minLength + " to " + maxLength + " entries)");
    }

    /** The dotted path, e.g. {@code network.buffer_depth}. */
    public String path() {
        return section.isEmpty() ? name : section + "." + name;
    }

    /** The spelling of an enum constant in a config file: lower case with underscores. */
    public static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The accepted spellings of a choice key, e.g. {@code wormhole | virtual_cut_through}. */
    public String choiceList() {
        return Arrays.stream(choices.getEnumConstants()).map(ConfigKey::spelling).collect(Collectors.joining(" | "));
    }

    /** The type and bounds as the reference in CONFIG.md shows them. */
    public String typeText() {
        return switch (type) {
            case TEXT -> "text";
            case INTEGER -> "integer " + bounds();
            case NUMBER -> "number " + bounds();
            case SIZE -> "bytes " + bounds() + " (an integer, or with a binary suffix: 32KiB, 1M)";
            case CHOICE -> choiceList();
            case INTEGER_LIST -> "list of integers " + bounds();
        };
    }

    /** The default as the reference in CONFIG.md shows it. */
    public String defaultText() {
        if (defaultValue == null) {
            return "—";
        }
        return defaultValue instanceof Enum<?> e ? spelling(e) : String.valueOf(defaultValue);
    }

    private String bounds() {
        boolean open = type != Type.NUMBER && max >= Integer.MAX_VALUE;
        String low = type == Type.NUMBER ? trim(min) : String.valueOf((long) min);
        String high = type == Type.NUMBER ? trim(max) : String.valueOf((long) max);
        return open ? "≥ " + low : low + "…" + high;
    }

    /** A bound as written in messages and the reference: {@code 1000000}, {@code 0.001}. */
    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
