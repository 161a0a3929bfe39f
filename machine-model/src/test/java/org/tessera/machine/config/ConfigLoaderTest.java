package org.tessera.machine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader turns good YAML into a MachineConfig and every bad file into one line
 * {@code FILE:LINE: KEY: problem}. Error tests assert the whole prefix, so a wrong line number
 * or key fails them.
 */
class ConfigLoaderTest {
    private static final String MESH_2X2 = """
                    topology:
                      kind: mesh
                      dimensions: [2, 2]
                    """;

    private static MachineConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "test.yaml", "test");
    }

    /** The one-line message of the ConfigException that {@code yaml} raises. */
    private static String error(String yaml) {
        String message = assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
        assertFalse(message.contains("\n"), () -> "not one line: " + message);
        return message;
    }

    private static void assertStartsWith(String prefix, String message) {
        assertTrue(message.startsWith(prefix), () -> "expected a message starting with\n  " + prefix + "\nbut got\n  " + message);
    }

    private static void assertContains(String part, String message) {
        assertTrue(message.contains(part), () -> "expected a message containing\n  " + part + "\nbut got\n  " + message);
    }

    @Test
    void topologyAloneGivesTheSchemaDefaults() throws ConfigException {
        MachineConfig c = parse(MESH_2X2);
        assertEquals("test", c.name());
        assertEquals(new TopologyConfig.MeshSpec(List.of(2, 2)), c.topology());
        assertEquals(4, c.tileCount());
        assertEquals(ConfigSchema.TILES_CLOCK_MHZ.defaultValue(), c.tiles().clock().megahertz());
        assertEquals(ConfigSchema.TILES_THREADS.defaultValue(), c.tiles().threads());
        assertEquals(ConfigSchema.TILES_SRAM_BYTES.defaultValue(), c.tiles().sramBytes());
        assertEquals(ConfigSchema.NETWORK_FLOW_CONTROL.defaultValue(), c.network().flowControl());
        assertEquals(ConfigSchema.NETWORK_FLIT_BYTES.defaultValue(), c.network().flitBytes());
        assertEquals(ConfigSchema.NETWORK_VIRTUAL_CHANNELS.defaultValue(), c.network().virtualChannels());
        assertEquals(ConfigSchema.NETWORK_BUFFER_DEPTH.defaultValue(), c.network().bufferDepth());
        assertEquals(ConfigSchema.NETWORK_ROUTER_LATENCY.defaultValue(), c.network().routerLatency());
        assertEquals(ConfigSchema.NETWORK_LINK_LATENCY.defaultValue(), c.network().linkLatency());
        assertEquals(ConfigSchema.NETWORK_CREDIT_LATENCY.defaultValue(), c.network().creditLatency());
        assertEquals(ConfigSchema.NETWORK_MAX_PACKET_BYTES.defaultValue(), (long) c.network().maxPacketBytes());
        assertEquals(ConfigSchema.NETWORK_WATCHDOG_CYCLES.defaultValue(), c.network().watchdogCycles());
        assertEquals(ConfigSchema.MEMORY_ACCESS_CYCLES.defaultValue(), c.memory().accessCycles());
        assertEquals(ConfigSchema.MEMORY_HEADER_BYTES.defaultValue(), c.memory().headerBytes());
        assertEquals(ConfigSchema.MEMORY_ALIGNMENT_BYTES.defaultValue(), c.memory().alignmentBytes());
        assertEquals(ConfigSchema.COLLECTIVE_MESSAGE_OVERHEAD_CYCLES.defaultValue(), c.collective().messageOverheadCycles());
        assertEquals(ConfigSchema.COLLECTIVE_REDUCE_CYCLES_PER_BYTE.defaultValue(), c.collective().reduceCyclesPerByte());
        assertEquals(ConfigSchema.COLLECTIVE_SEGMENT_BYTES.defaultValue(), c.collective().segmentBytes());
        assertEquals(ConfigSchema.BSP_SYNC_CYCLES.defaultValue(), c.bsp().syncCycles());
    }

    @Test
    void everyKeyIsRead() throws ConfigException {
        MachineConfig c = parse("""
                        name: everything
                        topology:
                          kind: torus
                          dimensions: [4, 4, 4]
                        tiles:
                          count: 64
                          clock_mhz: 1.5e3
                          threads: 6
                          sram_bytes: 624KiB
                        network:
                          flow_control: virtual_cut_through
                          flit_bytes: 16
                          virtual_channels: 4
                          buffer_depth: 16
                          router_latency: 3
                          link_latency: 0
                          credit_latency: 2
                          max_packet_bytes: 256
                          watchdog_cycles: 1_000_000
                        memory:
                          access_cycles: 6
                          header_bytes: 12
                          alignment_bytes: 16
                        collective:
                          message_overhead_cycles: 20
                          reduce_cycles_per_byte: 0.25
                          segment_bytes: 4K
                        bsp:
                          sync_cycles: 100
                        """);
        assertEquals("everything", c.name());
        assertEquals(new TopologyConfig.TorusSpec(List.of(4, 4, 4)), c.topology());
        assertEquals(1500.0, c.tiles().clock().megahertz());
        assertEquals(new TileConfig(c.tiles().clock(), 6, 624 * 1024), c.tiles());
        assertEquals(new NetworkConfig(FlowControl.VIRTUAL_CUT_THROUGH, 16, 4, 16, 3, 0, 2, 256, 1_000_000), c.network());
        assertEquals(16, c.network().maxPacketFlits());
        assertEquals(new MemoryConfig(6, 12, 16), c.memory());
        assertEquals(new CollectiveConfig(20, 0.25, 4096), c.collective());
        assertEquals(new BspConfig(100), c.bsp());
    }

    @Test
    void everyTopologyFamilyHasItsTileCount() throws ConfigException {
        assertEquals(1024, parse("topology: {kind: hypercube, dimension: 10}").tileCount());
        assertEquals(64, parse("topology: {kind: fat_tree, arity: 4, levels: 3}").tileCount());
        assertEquals(1472, parse("topology: {kind: exchange, tiles: 1472}").tileCount());
        assertEquals(48, parse("topology: {kind: mesh, dimensions: [4, 3, 4]}").tileCount());
        assertEquals(256, parse("topology: {kind: TORUS, dimensions: [16, 16]}").tileCount());
    }

    @Test
    void sizesTakeBinarySuffixes() throws ConfigException {
        assertEquals(64 * 1024, parse(MESH_2X2 + "tiles: {sram_bytes: 64KiB}").tiles().sramBytes());
        assertEquals(64 * 1024, parse(MESH_2X2 + "tiles: {sram_bytes: 64 KiB}").tiles().sramBytes());
        assertEquals(1 << 20, parse(MESH_2X2 + "tiles: {sram_bytes: 1M}").tiles().sramBytes());
        assertEquals(2L << 30, parse(MESH_2X2 + "tiles: {sram_bytes: 2GB}").tiles().sramBytes());
        assertEquals(4096, parse(MESH_2X2 + "tiles: {sram_bytes: 4096}").tiles().sramBytes());
        assertEquals(100, parse(MESH_2X2 + "tiles: {sram_bytes: 100B}").tiles().sramBytes());
    }

    @Test
    void unknownTopLevelKey() {
        String message = error(MESH_2X2 + "routing: dimension_order\n");
        assertStartsWith("test.yaml:4: routing: unknown key in the top level; known keys: bsp, collective, memory, name, network, tiles, topology",
                        message);
    }

    @Test
    void misspeltSectionIsSuggested() {
        assertStartsWith("test.yaml:4: netwrok: unknown key in the top level (did you mean network?)", error(MESH_2X2 + "netwrok:\n  buffer_depth: 8\n"));
    }

    @Test
    void misspeltKeyIsSuggested() {
        String message = error(MESH_2X2 + """
                        network:
                          flit_bytes: 8
                          buffer_dept: 8
                        """);
        assertStartsWith("test.yaml:6: network.buffer_dept: unknown key in the network section (did you mean buffer_depth?); known keys: buffer_depth,",
                        message);
    }

    @Test
    void keyOfAnotherTopologyFamilyIsSuggested() {
        assertStartsWith("test.yaml:3: topology.dimensions: unknown key in a hypercube topology (did you mean dimension?)", error("""
                        topology:
                          kind: hypercube
                          dimensions: [10]
                        """));
    }

    @Test
    void keyOfTheWrongFamilyNamesTheFamily() {
        assertStartsWith("test.yaml:1: topology.dimensions: unknown key in an exchange topology; known keys: kind, tiles",
                        error("topology: {kind: exchange, dimensions: [4, 4]}"));
    }

    @Test
    void stringForInteger() {
        assertEquals("test.yaml:5: network.buffer_depth: expected an integer, got 'four'", error(MESH_2X2 + "network:\n  buffer_depth: four\n"));
        assertEquals("test.yaml:5: network.flit_bytes: expected an integer, got '8'", error(MESH_2X2 + "network:\n  flit_bytes: \"8\"\n"));
        assertEquals("test.yaml:5: tiles.threads: expected an integer, got '1.5'", error(MESH_2X2 + "tiles:\n  threads: 1.5\n"));
    }

    @Test
    void wrongShapes() {
        assertEquals("test.yaml:5: tiles.clock_mhz: expected a number, got 'fast'", error(MESH_2X2 + "tiles:\n  clock_mhz: fast\n"));
        assertEquals("test.yaml:5: network.flow_control: expected one of wormhole | virtual_cut_through, got 'store_and_forward'",
                        error(MESH_2X2 + "network:\n  flow_control: store_and_forward\n"));
        assertEquals("test.yaml:3: topology.dimensions: expected a list of integers such as [8, 8], got '8'",
                        error("topology:\n  kind: mesh\n  dimensions: 8\n"));
        assertEquals("test.yaml:3: topology.dimensions: expected a list of integers such as [8, 8], got an entry 'eight'",
                        error("topology:\n  kind: mesh\n  dimensions: [eight, 8]\n"));
        assertEquals("test.yaml:5: tiles: expected a mapping of keys, got a list", error(MESH_2X2 + "tiles:\n  - 4\n"));
        assertEquals("test.yaml:1: the config: expected a mapping of keys, got a list", error("- topology\n"));
        assertEquals("test.yaml:5: tiles.sram_bytes: expected a byte count such as 4096, 32KiB or 1M, got '1.5M'",
                        error(MESH_2X2 + "tiles:\n  sram_bytes: 1.5M\n"));
    }

    @Test
    void zeroBufferDepth() {
        assertEquals("test.yaml:6: network.buffer_depth: must be between 1 and 65536, got 0", error(MESH_2X2 + "network:\n  flit_bytes: 8\n  buffer_depth: 0\n"));
    }

    @Test
    void negativeValues() {
        assertEquals("test.yaml:5: network.link_latency: must be between 0 and 1000, got -1", error(MESH_2X2 + "network:\n  link_latency: -1\n"));
        assertEquals("test.yaml:5: tiles.sram_bytes: must be at least 1, got -4", error(MESH_2X2 + "tiles:\n  sram_bytes: -4\n"));
        assertEquals("test.yaml:5: tiles.clock_mhz: must be between 0.001 and 1000000, got -800",
                        error(MESH_2X2 + "tiles:\n  clock_mhz: -800\n"));
    }

    @Test
    void integerTooLargeForALong() {
        assertEquals("test.yaml:5: network.watchdog_cycles: must be at least 1, got 99999999999999999999",
                        error(MESH_2X2 + "network:\n  watchdog_cycles: 99999999999999999999\n"));
    }

    @Test
    void tileCountMustMatchTheTopology() {
        assertEquals("test.yaml:6: tiles.count: 3 tiles do not fit a 2×2 mesh, which has 4 (defined at line 2)", error("""
                        name: small
                        topology:
                          kind: mesh
                          dimensions: [2, 2]
                        tiles:
                          count: 3
                        """));
        assertStartsWith("test.yaml:2: tiles.count: 63 tiles do not fit an 8×8 mesh, which has 64",
                        error("topology: {kind: mesh, dimensions: [8, 8]}\ntiles: {count: 63}\n"));
    }

    @Test
    void oddVirtualChannelsOnATorus() {
        assertEquals("test.yaml:6: network.virtual_channels: a torus needs an even number of virtual channels, two dateline classes to stay deadlock-free; got 3",
                        error("""
                                        topology:
                                          kind: torus
                                          dimensions: [4, 4]
                                        network:
                                          buffer_depth: 8
                                          virtual_channels: 3
                                        """));
    }

    @Test
    void oddVirtualChannelsAreFineOnAMesh() throws ConfigException {
        assertEquals(3, parse(MESH_2X2 + "network:\n  virtual_channels: 3\n").network().virtualChannels());
    }

    @Test
    void torusRadixOfOne() {
        assertEquals("test.yaml:3: topology.dimensions: a torus needs k ≥ 2 in every dimension, got [4, 1]",
                        error("topology:\n  kind: torus\n  dimensions: [4, 1]\n"));
    }

    @Test
    void virtualCutThroughNeedsRoomForAPacket() {
        assertEquals("test.yaml:7: network.buffer_depth: virtual cut-through needs room for a whole packet: 4 flits is less than the 8 flits of a 64-byte packet",
                        error(MESH_2X2 + """
                                        network:
                                          flow_control: virtual_cut_through
                                          flit_bytes: 8
                                          buffer_depth: 4
                                        """));
    }

    @Test
    void virtualCutThroughWithTheDefaultDepthBlamesTheFlowControlLine() {
        assertStartsWith("test.yaml:5: network.buffer_depth: virtual cut-through needs room for a whole packet: 4 flits",
                        error(MESH_2X2 + "network:\n  flow_control: virtual_cut_through\n"));
    }

    @Test
    void virtualCutThroughWithDeepEnoughBuffers() throws ConfigException {
        NetworkConfig n = parse(MESH_2X2 + "network: {flow_control: virtual_cut_through, buffer_depth: 8}").network();
        assertEquals(FlowControl.VIRTUAL_CUT_THROUGH, n.flowControl());
    }

    @Test
    void badYamlSyntax() {
        assertEquals("test.yaml:3: not valid YAML: expected <block end>, but found '<block mapping start>' (while parsing a block mapping at line 1)",
                        error("topology:\n  kind: mesh\n dimensions: [8, 8]\n"));
        assertEquals("test.yaml:4: not valid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence at line 3)",
                        error("topology:\n  kind: mesh\n  dimensions: [8, 8\n"));
        assertStartsWith("test.yaml:5: not valid YAML: found character '\\t(TAB)' that cannot start any token",
                        error(MESH_2X2 + "network:\n\tbuffer_depth: 2\n"));
    }

    @Test
    void duplicateKey() {
        assertEquals("test.yaml:5: network.buffer_depth: duplicate key (first given at line 4)",
                        error("topology: {kind: mesh, dimensions: [2, 2]}\nnetwork:\n  flit_bytes: 8\n  buffer_depth: 4\n  buffer_depth: 8\n"));
    }

    @Test
    void emptyFile() {
        assertEquals("test.yaml:1: the config is empty (it needs at least a topology section)", error(""));
        assertEquals("test.yaml:1: the config is empty (it needs at least a topology section)", error("# nothing but a comment\n\n"));
    }

    @Test
    void missingTopology() {
        assertEquals("test.yaml:2: topology: missing (every config needs a topology section)", error("# a comment\nname: lost\ntiles:\n  threads: 2\n"));
    }

    @Test
    void missingTopologyKeys() {
        assertEquals("test.yaml:1: topology.kind: missing (the topology family; required)", error("topology:\n  dimensions: [2, 2]\n"));
        assertStartsWith("test.yaml:1: topology.dimensions: missing (mesh and torus", error("topology:\n  kind: mesh\n"));
        assertStartsWith("test.yaml:2: topology: expected a mapping of keys, got nothing", error("name: x\ntopology:\n"));
    }

    @Test
    void topologyBeyondTheTileLimit() {
        assertEquals("test.yaml:1: topology.dimensions: a 4096×4097 mesh has 16781312 tiles, more than the model's limit of 16777216",
                        error("topology: {kind: mesh, dimensions: [4096, 4097]}"));
        assertEquals("test.yaml:1: topology.dimensions: a 65536×65536×65536×65536 mesh has more than 2^63 tiles, more than the model's limit of 16777216",
                        error("topology: {kind: mesh, dimensions: [65536, 65536, 65536, 65536]}"));
        assertStartsWith("test.yaml:1: topology.arity: a 64-ary 12-tree has more than 2^63 tiles", error("topology: {kind: fat_tree, arity: 64, levels: 12}"));
    }

    @Test
    void alignmentMustBeAPowerOfTwo() {
        assertEquals("test.yaml:5: memory.alignment_bytes: must be a power of two, got 12", error(MESH_2X2 + "memory:\n  alignment_bytes: 12\n"));
    }

    @Test
    void fileNameBecomesSourceAndDefaultName(@TempDir Path dir) throws IOException, ConfigException {
        Path file = Files.writeString(dir.resolve("my-machine.yml"), MESH_2X2);
        assertEquals("my-machine", ConfigLoader.load(file).name());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), MESH_2X2 + "tiles:\n  count: 5\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(bad));
        assertStartsWith(bad + ":5: tiles.count: 5 tiles do not fit a 2×2 mesh", e.getMessage());
    }

    @Test
    void binaryFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("image.yaml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        assertEquals(file + ": not UTF-8 text", assertThrows(ConfigException.class, () -> ConfigLoader.load(file)).getMessage());
    }

    /**
     * Broken variants of every preset (a line dropped, doubled, cut short, its colon or digits
     * lost, an unclosed bracket after it) are either still valid or fail with one line naming
     * the source and a line in the file: never another exception.
     */
    @Test
    void mangledPresetsFailOnlyWithConfigExceptions() {
        Pattern located = Pattern.compile("mangled:(\\d+): .+");
        int failures = 0;
        for (String name : Presets.names()) {
            List<String> lines = Presets.text(name).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (String replacement : List.of("", line + "\n" + line, line.substring(0, line.length() / 2), line.replace(":", ""),
                                line.replaceAll("\\d", "x"), line + "\n  x: [")) {
                    List<String> mangled = new ArrayList<>(lines);
                    mangled.set(i, replacement);
                    String text = String.join("\n", mangled);
                    try {
                        ConfigLoader.parse(text, "mangled", name);
                    } catch (ConfigException e) {
                        failures++;
                        Matcher m = located.matcher(e.getMessage());
                        assertTrue(m.matches(), () -> "no line in: " + e.getMessage());
                        int at = Integer.parseInt(m.group(1));
                        assertTrue(at >= 1 && at <= mangled.size() + 2, () -> "line out of the file: " + e.getMessage());
                    }
                }
            }
        }
        assertTrue(failures > 100, "the mangling broke only " + failures + " configs");
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("absent.yaml");
        assertEquals(file + ": no such config file", assertThrows(ConfigException.class, () -> ConfigLoader.load(file)).getMessage());
    }
}
