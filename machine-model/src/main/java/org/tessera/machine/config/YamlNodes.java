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
            case ScalarNode s -> "'" + s.getValue() + "'";
            default -> "'" + node + "'";
        };
    }

    /** {@code key} inside the section at {@code path} ("" for the top), as messages name it. */
    public static String qualified(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
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
                throw new ConfigException(source + ":" + lineOf(tuple.getKeyNode()) + ": keys must be plain words");
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
