package org.tessera.machine.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The built-in machine configs: YAML files in {@code org/tessera/machine/presets/}, in the same
 * format as a user's file, each citing the sources of its figures in comments.
 *
 * <p>The resources sit in this module under a package-like directory, which at run time counts
 * as a package of the module and is encapsulated from other modules. They are read through
 * {@code Presets.class}, so the caller is this module and may see its own resources; callers in
 * other modules go through {@link #load} and never touch the files.
 */
public final class Presets {
    private Presets() {
    }

    private static final String DIRECTORY = "/org/tessera/machine/presets/";

    /** Every preset, sorted; a test checks that these are exactly the files in {@link #DIRECTORY}. */
    private static final List<String> NAMES = List.of("epiphany-8x8", "fat-tree", "hypercube-1024", "ipu-1472", "mesh-8x8", "torus-16x16",
                    "wafer-1024x1024");

    /** The preset names, sorted. */
    public static List<String> names() {
        return NAMES;
    }

    /** Loads a preset; errors name it {@code preset:NAME}. */
    public static MachineConfig load(String name) throws ConfigException {
        if (!NAMES.contains(name)) {
            throw new ConfigException(YamlNodes.shown(name) + ": no preset of that name" + suggestion(name) + "; presets: " + String.join(", ", NAMES));
        }
        return ConfigLoader.parse(text(name), "preset:" + name, name);
    }

    /**
     * A preset name, or else the path of a YAML config file, as given to {@code tilesim --config}.
     * A name is tried first, so a file called {@code mesh-8x8} in the working directory needs
     * {@code ./mesh-8x8}.
     */
    public static MachineConfig resolve(String nameOrPath) throws ConfigException {
        if (NAMES.contains(nameOrPath)) {
            return load(nameOrPath);
        }
        Path file;
        try {
            file = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            throw notFound(nameOrPath);
        }
        if (!Files.exists(file)) {
            throw notFound(nameOrPath);
        }
        return ConfigLoader.load(file);
    }

    /**
     * The presets as a Markdown table (name, shape, tiles, tile and network figures) for
     * CONFIG.md; a test keeps the two equal.
     */
    public static String describeAll() throws ConfigException {
        StringBuilder table = new StringBuilder("| Preset | Topology | Tiles | Clock | Threads | SRAM per tile | Network |\n|---|---|---|---|---|---|---|\n");
        for (String name : NAMES) {
            MachineConfig c = load(name);
            NetworkConfig n = c.network();
            table.append("| `").append(name)
                            .append("` | ").append(ConfigLoader.describe(c.topology()))
                            .append(" | ").append(String.format(Locale.ROOT, "%,d", c.topology().tileCount()))
                            .append(" | ").append(megahertz(c.tiles().clock().megahertz()))
                            .append(" | ").append(c.tiles().threads())
                            .append(" | ").append(ByteSize.format(c.tiles().sramBytes()))
                            .append(" | ").append(ConfigKey.spelling(n.flowControl()))
                            .append(", ").append(n.flitBytes()).append(" B flits, ")
                            .append(n.virtualChannels()).append(" VC × ").append(n.bufferDepth()).append(" flits, hop ")
                            .append(n.routerLatency()).append(" + ").append(n.linkLatency()).append(" cycles")
                            .append(" |\n");
        }
        return table.toString();
    }

    private static String megahertz(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + " MHz";
    }

    /** The YAML text of a listed preset. */
    static String text(String name) {
        String resource = DIRECTORY + name + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset " + name + " is listed but " + resource + " is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static ConfigException notFound(String nameOrPath) {
        return new ConfigException(YamlNodes.shown(nameOrPath) + ": no preset of that name" + suggestion(nameOrPath) + " and no such file; presets: "
                        + String.join(", ", NAMES));
    }

    private static String suggestion(String name) {
        String closest = ConfigLoader.closest(name, NAMES);
        return closest == null ? "" : " (did you mean " + closest + "?)";
    }
}
