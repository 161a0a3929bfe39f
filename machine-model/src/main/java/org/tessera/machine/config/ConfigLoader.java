package org.tessera.machine.config;

import static org.tessera.machine.config.YamlNodes.lineOf;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.tessera.machine.time.Frequency;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML machine config into a validated {@link MachineConfig}. Uses SnakeYAML's node
 * graph (not object binding) so that each value keeps its line: every error is one line of the
 * form {@code FILE:LINE: KEY: problem}.
 */
public final class ConfigLoader {
    private static final Set<String> SECTIONS = Set.of("topology", "tiles", "network", "memory", "collective", "bsp");

    private final String source;

    private ConfigLoader(String source) {
        this.source = source;
    }

    /** Loads a config file; its name defaults to the file name without extension. */
    public static MachineConfig load(Path file) throws ConfigException {
        String source = YamlNodes.escaped(file.toString());
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source + ": no such config file");
        } catch (CharacterCodingException e) {
            throw new ConfigException(source + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(source + ": cannot read: " + YamlNodes.escaped(String.valueOf(e.getMessage())));
        }
        String stem = file.getFileName() == null ? source : file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
        return parse(text, source, stem);
    }

    /**
     * Parses config text.
     *
     * @param source      how errors name the text (a file name or {@code preset:NAME})
     * @param defaultName the config's name when it has no {@code name} key
     */
    public static MachineConfig parse(String text, String source, String defaultName) throws ConfigException {
        return new ConfigLoader(source).read(text, defaultName);
    }

    private MachineConfig read(String text, String defaultName) throws ConfigException {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Mark context = e.getContextMark();
            // An unclosed bracket is noticed at the end of the file; say where it was opened.
            String opened = e.getContext() == null || context == null || context == mark ? ""
                            : " (" + oneLine(e.getContext()) + " at line " + (context.getLine() + 1) + ")";
            throw new ConfigException(source + ":" + (mark == null ? 1 : mark.getLine() + 1) + ": not valid YAML: " + oneLine(e.getProblem()) + opened);
        } catch (YAMLException e) {
            throw new ConfigException(source + ": not valid YAML: " + oneLine(e.getMessage()));
        }
        if (root == null) {
            throw new ConfigException(source + ":1: the config is empty (it needs at least a topology section)");
        }
        Section top = new Section("", root, lineOf(root));
        top.checkKeys(Set.copyOf(concat(List.of(ConfigSchema.NAME.name()), SECTIONS)), "the top level");
        String name = top.has(ConfigSchema.NAME) ? top.text(ConfigSchema.NAME) : defaultName;

        Section topologySection = top.section("topology", true);
        TopologyConfig topology = readTopology(topologySection);
        Section tilesSection = top.section("tiles", false);
        TileConfig tiles = readTiles(tilesSection, topology, topologySection);
        Section networkSection = top.section("network", false);
        NetworkConfig network = readNetwork(networkSection, topology, topologySection);
        MemoryConfig memory = readMemory(top.section("memory", false), topology);
        CollectiveConfig collective = readCollective(top.section("collective", false));
        Section bspSection = top.section("bsp", false);
        bspSection.checkKeys(ConfigSchema.section("bsp"));
        BspConfig bsp = new BspConfig(bspSection.integer(ConfigSchema.BSP_SYNC_CYCLES));
        return new MachineConfig(name, topology, tiles, network, memory, collective, bsp);
    }

    private TopologyConfig readTopology(Section s) throws ConfigException {
        TopologyKind kind = s.choice(ConfigSchema.TOPOLOGY_KIND, TopologyKind.class);
        List<ConfigKey> keys = ConfigSchema.topologyKeys(kind);
        String family = ConfigKey.spelling(kind) + " topology";
        s.checkKeys(concat(List.of(ConfigSchema.TOPOLOGY_KIND), keys), (spokenWithVowel(family) ? "an " : "a ") + family);
        TopologyConfig topology = switch (kind) {
            case MESH -> new TopologyConfig.MeshSpec(s.integerList(ConfigSchema.TOPOLOGY_DIMENSIONS));
            case TORUS -> {
                List<Integer> dims = s.integerList(ConfigSchema.TOPOLOGY_DIMENSIONS);
                if (dims.stream().anyMatch(k -> k < 2)) {
                    throw s.error(ConfigSchema.TOPOLOGY_DIMENSIONS, "a torus needs k ≥ 2 in every dimension, got " + dims);
                }
                yield new TopologyConfig.TorusSpec(dims);
            }
            case HYPERCUBE -> new TopologyConfig.HypercubeSpec(s.integer(ConfigSchema.TOPOLOGY_DIMENSION));
            case FAT_TREE -> new TopologyConfig.FatTreeSpec(s.integer(ConfigSchema.TOPOLOGY_ARITY), s.integer(ConfigSchema.TOPOLOGY_LEVELS));
            case EXCHANGE -> new TopologyConfig.ExchangeSpec(s.integer(ConfigSchema.TOPOLOGY_TILES));
        };
        if (topology.tileCount() > ConfigSchema.MAX_TILES) {
            String count = topology.tileCount() == Long.MAX_VALUE ? "more than 2^63" : String.valueOf(topology.tileCount());
            throw s.error(keys.getFirst(), describe(topology) + " has " + count + " tiles, more than the model's limit of " + ConfigSchema.MAX_TILES);
        }
        if (topology.tileCount() < 2) {
            throw s.error(keys.getFirst(), "the topology has " + topology.tileCount() + " tile; a machine needs at least 2");
        }
        return topology;
    }

    private TileConfig readTiles(Section s, TopologyConfig topology, Section topologySection) throws ConfigException {
        s.checkKeys(ConfigSchema.section("tiles"));
        if (s.has(ConfigSchema.TILES_COUNT)) {
            long count = s.longInteger(ConfigSchema.TILES_COUNT);
            if (count != topology.tileCount()) {
                throw s.error(ConfigSchema.TILES_COUNT, count + " tiles do not fit " + describe(topology) + ", which has " + topology.tileCount()
                                + " (defined at line " + topologySection.line + ")");
            }
        }
        return new TileConfig(new Frequency(s.number(ConfigSchema.TILES_CLOCK_MHZ)), s.integer(ConfigSchema.TILES_THREADS),
                        s.size(ConfigSchema.TILES_SRAM_BYTES));
    }

    private NetworkConfig readNetwork(Section s, TopologyConfig topology, Section topologySection) throws ConfigException {
        s.checkKeys(ConfigSchema.section("network"));
        NetworkConfig n = new NetworkConfig(s.choice(ConfigSchema.NETWORK_FLOW_CONTROL, FlowControl.class), s.integer(ConfigSchema.NETWORK_FLIT_BYTES),
                        s.integer(ConfigSchema.NETWORK_VIRTUAL_CHANNELS), s.integer(ConfigSchema.NETWORK_BUFFER_DEPTH),
                        s.integer(ConfigSchema.NETWORK_ROUTER_LATENCY), s.integer(ConfigSchema.NETWORK_LINK_LATENCY),
                        s.integer(ConfigSchema.NETWORK_CREDIT_LATENCY), (int) s.size(ConfigSchema.NETWORK_MAX_PACKET_BYTES),
                        s.integer(ConfigSchema.NETWORK_WATCHDOG_CYCLES), readCircuits(s));
        if (topology.kind() == TopologyKind.TORUS && n.virtualChannels() % 2 != 0) {
            String where = s.has(ConfigSchema.NETWORK_VIRTUAL_CHANNELS) ? "" : " (the default; set it)";
            throw s.errorOr(ConfigSchema.NETWORK_VIRTUAL_CHANNELS, topologySection.line,
                            "a torus needs an even number of virtual channels, two dateline classes to stay deadlock-free; got " + n.virtualChannels()
                                            + where);
        }
        if (n.flowControl() == FlowControl.VIRTUAL_CUT_THROUGH && n.bufferDepth() < n.maxPacketFlits()) {
            throw s.errorOr(ConfigSchema.NETWORK_BUFFER_DEPTH, s.valueLine(ConfigSchema.NETWORK_FLOW_CONTROL), "virtual cut-through needs room for a whole packet: " + n.bufferDepth()
                            + " flits is less than the " + n.maxPacketFlits() + " flits of a " + n.maxPacketBytes() + "-byte packet");
        }
        // A lone flit can wait this long with nothing moving (its router's pipeline, a link, a
        // credit's way back): a shorter watchdog would report a deadlock where there is none.
        long stall = (long) n.routerLatency() + n.linkLatency() + n.creditLatency();
        if (n.watchdogCycles() <= stall) {
            throw s.error(ConfigSchema.NETWORK_WATCHDOG_CYCLES, "must be more than router_latency + link_latency + credit_latency = " + stall
                            + " cycles (the longest a flit may wait while nothing moves), or it reports deadlocks where there are none; got " + n.watchdogCycles());
        }
        double bytes = ConfigSchema.modelBytes(topology, n);
        if (bytes > ConfigSchema.MAX_MODEL_BYTES) {
            String problem = String.format(Locale.ROOT, "%s with %d virtual channel%s × %d flits of buffer per port needs about %,.1f GiB to model, "
                            + "more than the model's limit of %d GiB (the wafer-1024x1024 preset needs 1.1 GiB); use fewer tiles, virtual channels or flits per buffer",
                            describe(topology), n.virtualChannels(), n.virtualChannels() == 1 ? "" : "s", n.bufferDepth(), bytes / (1L << 30),
                            ConfigSchema.MAX_MODEL_BYTES >> 30);
            // Named at the network key that was raised, else at the topology's size.
            if (s.has(ConfigSchema.NETWORK_BUFFER_DEPTH) && n.bufferDepth() > (Integer) ConfigSchema.NETWORK_BUFFER_DEPTH.defaultValue()) {
                throw s.error(ConfigSchema.NETWORK_BUFFER_DEPTH, problem);
            }
            if (s.has(ConfigSchema.NETWORK_VIRTUAL_CHANNELS) && n.virtualChannels() > (Integer) ConfigSchema.NETWORK_VIRTUAL_CHANNELS.defaultValue()) {
                throw s.error(ConfigSchema.NETWORK_VIRTUAL_CHANNELS, problem);
            }
            throw topologySection.error(ConfigSchema.topologyKeys(topology.kind()).getFirst(), problem);
        }
        return n;
    }

    private CircuitConfig readCircuits(Section s) throws ConfigException {
        Switching switching = s.choice(ConfigSchema.NETWORK_SWITCHING, Switching.class);
        List<ConfigKey> circuitKeys = List.of(ConfigSchema.NETWORK_CIRCUIT_THRESHOLD, ConfigSchema.NETWORK_CIRCUIT_WINDOW_CYCLES,
                        ConfigSchema.NETWORK_CIRCUIT_IDLE_CYCLES, ConfigSchema.NETWORK_CIRCUITS_PER_LINK, ConfigSchema.NETWORK_CIRCUIT_BYPASS_LATENCY);
        if (switching != Switching.HYBRID) {
            // A circuit key under packet switching would silently do nothing: say so instead.
            for (ConfigKey key : circuitKeys) {
                if (s.has(key)) {
                    throw s.error(key, "only applies with switching: hybrid (the network is " + ConfigKey.spelling(switching) + "-switched)");
                }
            }
            return CircuitConfig.PACKET;
        }
        return new CircuitConfig(switching, s.integer(ConfigSchema.NETWORK_CIRCUIT_THRESHOLD), s.integer(ConfigSchema.NETWORK_CIRCUIT_WINDOW_CYCLES),
                        s.integer(ConfigSchema.NETWORK_CIRCUIT_IDLE_CYCLES), s.integer(ConfigSchema.NETWORK_CIRCUITS_PER_LINK),
                        s.integer(ConfigSchema.NETWORK_CIRCUIT_BYPASS_LATENCY));
    }

    private MemoryConfig readMemory(Section s, TopologyConfig topology) throws ConfigException {
        s.checkKeys(concat(ConfigSchema.section("memory").stream().map(ConfigKey::name).toList(), List.of(OFFCHIP)).stream().collect(Collectors.toSet()),
                        "the memory section");
        int alignment = s.integer(ConfigSchema.MEMORY_ALIGNMENT_BYTES);
        if (Integer.bitCount(alignment) != 1) {
            throw s.error(ConfigSchema.MEMORY_ALIGNMENT_BYTES, "must be a power of two, got " + alignment);
        }
        return new MemoryConfig(s.integer(ConfigSchema.MEMORY_ACCESS_CYCLES), s.integer(ConfigSchema.MEMORY_HEADER_BYTES), alignment,
                        readOffChip(s.section(OFFCHIP, false), topology));
    }

    private static final String OFFCHIP = "offchip";

    private OffChipConfig readOffChip(Section s, TopologyConfig topology) throws ConfigException {
        s.checkKeys(ConfigSchema.section("memory.offchip"));
        ConfigKey key = ConfigSchema.OFFCHIP_CONTROLLERS;
        String controllers = s.has(key) ? s.text(key).trim().toLowerCase(Locale.ROOT) : (String) key.defaultValue();
        if (!controllers.equals("corners") && !controllers.equals("sides") && !controllers.equals("edges")) {
            long edge = edgeTiles(topology);
            long count;
            try {
                count = Long.parseLong(controllers);
            } catch (NumberFormatException e) {
                throw s.error(key, "expected corners, sides, edges or a number of controllers, got '" + YamlNodes.shown(controllers) + "'");
            }
            if (count < 1 || count > edge) {
                throw s.error(key, "must be between 1 and the " + edge + " edge tiles of " + describe(topology) + ", got " + count);
            }
        }
        return new OffChipConfig(controllers, s.number(ConfigSchema.OFFCHIP_LATENCY_NS), s.number(ConfigSchema.OFFCHIP_GBYTES_PER_SECOND),
                        s.integer(ConfigSchema.OFFCHIP_BURST_BYTES), s.size(ConfigSchema.OFFCHIP_CAPACITY),
                        s.choice(ConfigSchema.OFFCHIP_HOMING, OffChipConfig.Homing.class));
    }

    /** Tiles on the chip's edge: a grid's outer ring (a torus is laid out as a mesh), every tile of the other topologies. */
    static long edgeTiles(TopologyConfig topology) {
        List<Integer> dims = switch (topology) {
            case TopologyConfig.MeshSpec m -> m.dimensions();
            case TopologyConfig.TorusSpec t -> t.dimensions();
            default -> null;
        };
        if (dims == null) {
            return topology.tileCount();
        }
        long inner = 1;
        for (int k : dims) {
            inner *= Math.max(0, k - 2);
        }
        return topology.tileCount() - inner;
    }

    private CollectiveConfig readCollective(Section s) throws ConfigException {
        s.checkKeys(ConfigSchema.section("collective"));
        return new CollectiveConfig(s.integer(ConfigSchema.COLLECTIVE_MESSAGE_OVERHEAD_CYCLES), s.number(ConfigSchema.COLLECTIVE_REDUCE_CYCLES_PER_BYTE),
                        s.size(ConfigSchema.COLLECTIVE_SEGMENT_BYTES), s.integer(ConfigSchema.COLLECTIVE_COMBINE_CYCLES));
    }

    /** "a 2×2 mesh", "an 8-dimensional hypercube"... */
    static String describe(TopologyConfig topology) {
        String shape = switch (topology) {
            case TopologyConfig.MeshSpec m -> m.dimensions().stream().map(String::valueOf).collect(Collectors.joining("×")) + " mesh";
            case TopologyConfig.TorusSpec t -> t.dimensions().stream().map(String::valueOf).collect(Collectors.joining("×")) + " torus";
            case TopologyConfig.HypercubeSpec h -> h.dimension() + "-dimensional hypercube";
            case TopologyConfig.FatTreeSpec f -> f.arity() + "-ary " + f.levels() + "-tree";
            case TopologyConfig.ExchangeSpec x -> "exchange of " + x.tiles() + " tiles";
        };
        return (spokenWithVowel(shape) ? "an " : "a ") + shape;
    }

    /** Whether a phrase is said starting with a vowel: "exchange", 8, 11, 18, 80, 11000 (eleven thousand)... */
    private static boolean spokenWithVowel(String phrase) {
        String number = phrase.replaceFirst("^(\\d*).*", "$1");
        if (number.isEmpty()) {
            return "aeiou".indexOf(phrase.charAt(0)) >= 0;
        }
        return number.startsWith("8") || number.length() % 3 == 2 && (number.startsWith("11") || number.startsWith("18"));
    }

    private static <T> List<T> concat(List<T> a, Iterable<T> b) {
        List<T> all = new ArrayList<>(a);
        b.forEach(all::add);
        return all;
    }

    private static String oneLine(String text) {
        return text == null ? "syntax error" : text.replaceAll("\\s+", " ").trim();
    }

    /** One mapping of the file, with its keys in file order and the line of each. */
    private final class Section {
        private final String path;
        /** The line of the section's key (where a missing key is reported), or of the document. */
        private final int line;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

        Section(String path, Node node, int line) throws ConfigException {
            this.path = path;
            this.line = line;
            entries.putAll(YamlNodes.entries(source, path, "the config", node));
        }

        private Section(String path, int line) {
            this.path = path;
            this.line = line;
        }

        Section section(String name, boolean required) throws ConfigException {
            NodeTuple tuple = entries.get(name);
            if (tuple == null) {
                if (required) {
                    throw new ConfigException(source + ":" + line + ": " + name + ": missing (every config needs a " + name + " section)");
                }
                return new Section(child(name), line);
            }
            return new Section(child(name), tuple.getValueNode(), lineOf(tuple.getKeyNode()));
        }

        private String child(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        boolean has(ConfigKey key) {
            return entries.containsKey(key.name());
        }

        /** The line of the key's value, or of this section if the key is absent. */
        int valueLine(ConfigKey key) {
            NodeTuple tuple = entries.get(key.name());
            return tuple == null ? line : lineOf(tuple.getValueNode());
        }

        void checkKeys(List<ConfigKey> allowed) throws ConfigException {
            checkKeys(allowed.stream().map(ConfigKey::name).collect(Collectors.toSet()), "the " + path + " section");
        }

        void checkKeys(List<ConfigKey> allowed, String where) throws ConfigException {
            checkKeys(allowed.stream().map(ConfigKey::name).collect(Collectors.toSet()), where);
        }

        void checkKeys(Set<String> allowed, String where) throws ConfigException {
            for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
                if (!allowed.contains(e.getKey())) {
                    String known = allowed.stream().sorted().collect(Collectors.joining(", "));
                    String suggestion = closest(e.getKey(), allowed);
                    throw new ConfigException(source + ":" + lineOf(e.getValue().getKeyNode()) + ": " + qualified(e.getKey()) + ": unknown key in " + where
                                    + (suggestion == null ? "" : " (did you mean " + suggestion + "?)") + "; known keys: " + known);
                }
            }
        }

        String text(ConfigKey key) throws ConfigException {
            return scalar(key).getValue();
        }

        int integer(ConfigKey key) throws ConfigException {
            return (int) longInteger(key);
        }

        long longInteger(ConfigKey key) throws ConfigException {
            if (!has(key)) {
                return ((Number) required(key)).longValue();
            }
            ScalarNode node = scalar(key);
            long value = parseInteger(node, key);
            return checkBounds(key, value);
        }

        double number(ConfigKey key) throws ConfigException {
            if (!has(key)) {
                return ((Number) required(key)).doubleValue();
            }
            ScalarNode node = scalar(key);
            if (!Tag.INT.equals(node.getTag()) && !Tag.FLOAT.equals(node.getTag())) {
                throw error(key, "expected a number, got " + describe(node));
            }
            double value;
            try {
                value = Double.parseDouble(node.getValue().replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(key, "expected a number, got " + describe(node));
            }
            if (!(value >= key.min() && value <= key.max())) {
                throw error(key, "must be " + range(key) + ", got " + YamlNodes.shown(node.getValue()));
            }
            return value;
        }

        long size(ConfigKey key) throws ConfigException {
            if (!has(key)) {
                return ((Number) required(key)).longValue();
            }
            ScalarNode node = scalar(key);
            if (Tag.INT.equals(node.getTag())) {
                return checkBounds(key, parseInteger(node, key));
            }
            long value = ByteSize.parse(node.getValue());
            if (value < 0) {
                throw error(key, "expected a byte count such as 4096, 32KiB or 1M, got " + describe(node));
            }
            return checkBounds(key, value);
        }

        <E extends Enum<E>> E choice(ConfigKey key, Class<E> type) throws ConfigException {
            if (!has(key)) {
                return type.cast(required(key));
            }
            ScalarNode node = scalar(key);
            for (E constant : type.getEnumConstants()) {
                if (ConfigKey.spelling(constant).equals(node.getValue().toLowerCase(Locale.ROOT))) {
                    return constant;
                }
            }
            throw error(key, "expected one of " + key.choiceList() + ", got " + describe(node));
        }

        List<Integer> integerList(ConfigKey key) throws ConfigException {
            if (!has(key)) {
                required(key);
            }
            Node value = entries.get(key.name()).getValueNode();
            if (!(value instanceof SequenceNode sequence)) {
                throw error(key, "expected a list of integers such as [8, 8], got " + describe(value));
            }
            int count = sequence.getValue().size();
            if (count < 1 || count > 6) {
                throw error(key, "expected 1 to 6 dimensions, got " + count);
            }
            List<Integer> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar) || !Tag.INT.equals(scalar.getTag())) {
                    throw error(key, "expected a list of integers such as [8, 8], got an entry " + describe(item));
                }
                result.add((int) checkBounds(key, parseInteger(scalar, key)));
            }
            return result;
        }

        ConfigException error(ConfigKey key, String problem) {
            return errorOr(key, line, problem);
        }

        /** An error at the key's line if the file has the key, else at {@code fallbackLine}. */
        ConfigException errorOr(ConfigKey key, int fallbackLine, String problem) {
            int at = has(key) ? valueLine(key) : fallbackLine;
            return new ConfigException(source + ":" + at + ": " + key.path() + ": " + problem);
        }

        private Object required(ConfigKey key) throws ConfigException {
            if (key.defaultValue() == null) {
                throw new ConfigException(source + ":" + line + ": " + key.path() + ": missing (" + key.meaning() + ")");
            }
            return key.defaultValue();
        }

        private ScalarNode scalar(ConfigKey key) throws ConfigException {
            Node value = entries.get(key.name()).getValueNode();
            if (!(value instanceof ScalarNode scalar) || Tag.NULL.equals(value.getTag())) {
                throw error(key, "expected " + expected(key) + ", got " + describe(value));
            }
            return scalar;
        }

        private long parseInteger(ScalarNode node, ConfigKey key) throws ConfigException {
            if (!Tag.INT.equals(node.getTag())) {
                throw error(key, "expected " + expected(key) + ", got " + describe(node));
            }
            String digits = node.getValue().replace("_", "");
            try {
                return Long.decode(digits.startsWith("+") ? digits.substring(1) : digits);
            } catch (NumberFormatException e) {
                String problem = digits.matches("[-+]?\\d+") ? "must be " + range(key) + ", got " + YamlNodes.shown(node.getValue())
                                : "expected " + expected(key) + ", got " + describe(node);
                throw error(key, problem);
            }
        }

        private long checkBounds(ConfigKey key, long value) throws ConfigException {
            if (value < key.min() || value > key.max()) {
                throw error(key, "must be " + range(key) + ", got " + value);
            }
            return value;
        }

        private String qualified(String key) {
            return YamlNodes.qualified(path, key);
        }
    }

    private static String expected(ConfigKey key) {
        return switch (key.type()) {
            case TEXT -> "text";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case SIZE -> "a byte count";
            case CHOICE -> "one of " + key.choiceList();
            case INTEGER_LIST -> "a list of integers";
        };
    }

    private static String range(ConfigKey key) {
        if (key.type() == ConfigKey.Type.NUMBER) {
            return "between " + ConfigKey.trim(key.min()) + " and " + ConfigKey.trim(key.max());
        }
        return key.max() >= Integer.MAX_VALUE ? "at least " + (long) key.min() : "between " + (long) key.min() + " and " + (long) key.max();
    }

    /** (Declared here because {@link #describe(TopologyConfig)} hides a static import of the name.) */
    private static String describe(Node node) {
        return YamlNodes.describe(node);
    }

    /** The allowed word closest to a misspelt one (edit distance ≤ 2), or null; for every "did you mean". */
    public static String closest(String key, Collection<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed.stream().sorted().toList()) {
            int d = editDistance(key, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
