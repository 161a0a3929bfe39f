package org.tessera.machine.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What both YAML readers (machine configs, {@link ConfigLoader}, and the program model's cost
 * tables) do with SnakeYAML's node graph, which keeps line numbers: lines, descriptions of a
 * wrong node for messages, and the keys of a mapping with duplicates refused.
 */
public final class YamlNodes {
    private YamlNodes() {
    }

    /** The 1-based line a node starts on. */
    public static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A node as an error message names what was found instead of what was expected. */
    public static String describe(Node node) {
        return switch (node) {
            case MappingNode _ -> "a mapping";
            case SequenceNode _ -> "a list";
            case ScalarNode s when Tag.NULL.equals(s.getTag()) -> "nothing";
            case ScalarNode s -> "'" + shown(s.getValue()) + "'";
            default -> "'" + shown(String.valueOf(node)) + "'";
        };
    }

    /** The longest text from the file a message repeats; longer text is cut, so errors stay one readable line. */
    static final int SHOWN_CHARACTERS = 60;

    /**
     * Text from a file (or a name or path given by the user) as a message shows it: on one line
     * (see {@link #escaped}) and at most {@value #SHOWN_CHARACTERS} characters, with the length of
     * what was cut.
     */
    public static String shown(String text) {
        int n = text.codePointCount(0, text.length());
        if (n <= SHOWN_CHARACTERS) {
            return escaped(text);
        }
        return escaped(text.substring(0, text.offsetByCodePoints(0, SHOWN_CHARACTERS))) + "… (" + n + " characters)";
    }

    /** Text on one line: line breaks, tabs and other control or invisible characters written as escapes. */
    public static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || Character.getType(c) == Character.SURROGATE) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** {@code key} inside the section at {@code path} ("" for the top), as messages name it. */
    public static String qualified(String path, String key) {
        return path.isEmpty() ? shown(key) : path + "." + shown(key);
    }

    /**
     * The entries of the mapping {@code node} (the section at {@code path} of {@code source}), by
     * key in file order. Errors, as {@code source:line: ...}: not a mapping ({@code document}
     * names the top level, e.g. "the config"), a key that is not a plain word, a key given twice
     * (the node graph keeps duplicates; only SnakeYAML's object construction rejects them).
     */
    public static Map<String, NodeTuple> entries(String source, String path, String document, Node node) throws ConfigException {
        if (!(node instanceof MappingNode mapping)) {
            throw new ConfigException(source + ":" + lineOf(node) + ": " + (path.isEmpty() ? document : path) + ": expected a mapping of keys, got " + describe(node));
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new ConfigException(source + ":" + lineOf(tuple.getKeyNode()) + ": " + (path.isEmpty() ? document : path)
                                + ": keys must be plain words, got " + describe(tuple.getKeyNode()) + " as a key");
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                throw new ConfigException(source + ":" + lineOf(key) + ": " + qualified(path, key.getValue()) + ": duplicate key (first given at line "
                                + lineOf(first.getKeyNode()) + ")");
            }
        }
        return entries;
    }
}
