package org.tessera.machine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The schema is consistent, and machine-model/CONFIG.md shows exactly what it and the presets say. */
class ConfigReferenceTest {

    @Test
    void everyKeyHasOnePathAndBelongsToItsSection() {
        Set<String> paths = new HashSet<>();
        for (ConfigKey key : ConfigSchema.ALL) {
            assertTrue(paths.add(key.path()), "declared twice: " + key.path());
        }
        List<ConfigKey> bySection = new ArrayList<>();
        for (String section : List.of("", "topology", "tiles", "network", "memory", "collective", "bsp", "memory.offchip")) {
            bySection.addAll(ConfigSchema.section(section));
        }
        assertEquals(Set.copyOf(ConfigSchema.ALL), Set.copyOf(bySection));
        for (TopologyKind kind : TopologyKind.values()) {
            assertTrue(ConfigSchema.section("topology").containsAll(ConfigSchema.topologyKeys(kind)), kind.toString());
        }
    }

    @Test
    void everyDefaultIsWithinItsBounds() throws ConfigException {
        for (ConfigKey key : ConfigSchema.ALL) {
            if (key.defaultValue() instanceof Number n) {
                assertTrue(n.doubleValue() >= key.min() && n.doubleValue() <= key.max(), key.path() + " default " + n);
            }
        }
    }

    @Test
    void describeAllHasOneRowPerKey() {
        List<String> rows = ConfigSchema.describeAll().lines().toList();
        assertEquals(ConfigSchema.ALL.size() + 2, rows.size());
        assertEquals("| network | `buffer_depth` | integer 1…65536 | 4 | input buffer per virtual channel, in flits; "
                        + "full rate needs ≥ router + link + credit latency |", rows.stream().filter(r -> r.contains("`buffer_depth`")).findFirst().orElseThrow());
        assertTrue(rows.contains("| network | `flow_control` | wormhole \\| virtual_cut_through | wormhole | wormhole: a head needs one free downstream slot; "
                        + "virtual_cut_through: room for the whole packet |"), "choice bars are escaped");
    }

    @Test
    void configDocumentShowsTheKeyReference() throws IOException {
        String expected = ConfigSchema.describeAll();
        assertTrue(configDocument().contains(expected), "CONFIG.md's key table is stale; it should read:\n" + expected);
    }

    @Test
    void configDocumentShowsThePresets() throws IOException, ConfigException {
        String document = configDocument();
        String expected = Presets.describeAll();
        assertTrue(document.contains(expected), "CONFIG.md's preset table is stale; it should read:\n" + expected);
        for (String name : Presets.names()) {
            assertTrue(document.contains("- `" + name + "`: "), "CONFIG.md gives the sources of " + name);
        }
    }

    /** machine-model/CONFIG.md, whether the tests run in the module (as Maven does) or the repository root. */
    private static String configDocument() throws IOException {
        Path here = Path.of("").toAbsolutePath();
        Path document = Stream.of(here.resolve("CONFIG.md"), here.resolve("machine-model/CONFIG.md"))
                        .filter(Files::isRegularFile)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no CONFIG.md in " + here + " or its machine-model/"));
        return Files.readString(document);
    }
}
