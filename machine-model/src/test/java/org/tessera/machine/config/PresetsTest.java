package org.tessera.machine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.attribute.ModuleAttribute;
import java.lang.constant.ModuleDesc;
import java.lang.constant.PackageDesc;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.machine.time.Frequency;
import org.yaml.snakeyaml.Yaml;

class PresetsTest {
    private static final String PRESET_PACKAGE = "org.tessera.machine.presets";

    @Test
    void namesAreSortedAndComplete() {
        List<String> expected = List.of("epiphany-8x8", "fat-tree", "hypercube-1024", "ipu-1472", "mesh-8x8", "torus-16x16", "wafer-1024x1024");
        assertEquals(expected, Presets.names());
        assertEquals(Presets.names().stream().sorted().toList(), Presets.names());
    }

    @Test
    void everyPresetFileIsListedAndEveryListedPresetHasAFile() throws IOException {
        Path directory = classesDirectory().resolve(PRESET_PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(f -> f.getFileName().toString()).map(f -> f.replaceFirst("\\.yaml$", "")).sorted().toList();
            assertEquals(Presets.names(), names, "the files in " + directory);
        }
    }

    @ParameterizedTest
    @CsvSource({"epiphany-8x8, MESH, 64", "ipu-1472, EXCHANGE, 1472", "wafer-1024x1024, MESH, 1048576", "hypercube-1024, HYPERCUBE, 1024",
                    "torus-16x16, TORUS, 256", "fat-tree, FAT_TREE, 64", "mesh-8x8, MESH, 64"})
    void presetHasItsDocumentedShape(String name, TopologyKind kind, int tiles) throws ConfigException {
        MachineConfig config = Presets.load(name);
        assertEquals(name, config.name());
        assertEquals(kind, config.topology().kind());
        assertEquals(tiles, config.tileCount());
    }

    @Test
    void theDocumentedShapesAreExact() throws ConfigException {
        assertEquals(new TopologyConfig.MeshSpec(List.of(8, 8)), Presets.load("epiphany-8x8").topology());
        assertEquals(new TopologyConfig.MeshSpec(List.of(1024, 1024)), Presets.load("wafer-1024x1024").topology());
        assertEquals(new TopologyConfig.HypercubeSpec(10), Presets.load("hypercube-1024").topology());
        assertEquals(new TopologyConfig.TorusSpec(List.of(16, 16)), Presets.load("torus-16x16").topology());
        assertEquals(new TopologyConfig.FatTreeSpec(4, 3), Presets.load("fat-tree").topology());
        assertEquals(new TopologyConfig.ExchangeSpec(1472), Presets.load("ipu-1472").topology());
    }

    @Test
    void meshPresetIsThePlainDefaults() throws ConfigException {
        MachineConfig preset = Presets.load("mesh-8x8");
        MachineConfig defaults = ConfigLoader.parse("topology: {kind: mesh, dimensions: [8, 8]}", "defaults", "mesh-8x8");
        assertEquals(defaults, preset);
    }

    /** Presets are documentation too: each names where its figures come from. */
    @ParameterizedTest
    @MethodSource("names")
    void presetCitesItsSources(String name) throws IOException {
        String text = Files.readString(classesDirectory().resolve(PRESET_PACKAGE.replace('.', '/')).resolve(name + ".yaml"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# " + name + ": "), name + " opens with a comment naming it");
        assertTrue(text.contains("# Source"), name + " has a Sources comment");
        assertTrue(text.contains("\nname: " + name + "\n"), name + " sets its own name");
    }

    static List<String> names() {
        return Presets.names();
    }

    /**
     * The network keeps two int arrays of routers × ports × VCs × depth; with a 4 GiB heap for the
     * whole simulation those must stay well under a GiB for every preset a mesh, torus or
     * hypercube (whose router and port counts are known here) can reach.
     */
    @ParameterizedTest
    @MethodSource("names")
    void bufferArraysFitTheHeap(String name) throws ConfigException {
        MachineConfig c = Presets.load(name);
        long ports = switch (c.topology()) {
            case TopologyConfig.MeshSpec m -> 2L * m.dimensions().size() + 1;
            case TopologyConfig.TorusSpec t -> 2L * t.dimensions().size() + 1;
            case TopologyConfig.HypercubeSpec h -> h.dimension() + 1L;
            default -> 0;
        };
        long bytes = 2L * Integer.BYTES * c.topology().tileCount() * ports * c.network().virtualChannels() * c.network().bufferDepth();
        assertTrue(bytes <= 512L << 20, name + " needs " + ByteSize.format(bytes) + " of buffer arrays");
    }

    @Test
    void resolveTakesAPresetName() throws ConfigException {
        assertEquals(Presets.load("torus-16x16"), Presets.resolve("torus-16x16"));
    }

    @Test
    void resolveTakesAFile(@TempDir Path dir) throws IOException, ConfigException {
        Path file = Files.writeString(dir.resolve("tiny.yaml"), "topology: {kind: hypercube, dimension: 3}\n");
        MachineConfig config = Presets.resolve(file.toString());
        assertEquals("tiny", config.name());
        assertEquals(8, config.tileCount());
    }

    @Test
    void resolveReportsAFileErrorAtItsLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yml"), "topology: {kind: hypercube, dimension: 3}\ntiles: {count: 9}\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.resolve(file.toString()));
        assertEquals(file + ":2: tiles.count: 9 tiles do not fit a 3-dimensional hypercube, which has 8 (defined at line 1)", e.getMessage());
    }

    @Test
    void resolveOfNeitherListsThePresetsAndSaysNoSuchFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.resolve("no-such-machine.yaml"));
        assertEquals("no-such-machine.yaml: no preset of that name and no such file; presets: " + String.join(", ", Presets.names()), e.getMessage());
    }

    @Test
    void resolveSuggestsTheClosestPreset() {
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.resolve("mesh8x8"));
        assertTrue(e.getMessage().startsWith("mesh8x8: no preset of that name (did you mean mesh-8x8?) and no such file; presets: epiphany-8x8, "),
                        e.getMessage());
    }

    @Test
    void loadOfAnUnknownNameListsThePresets() {
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.load("torus-16x61"));
        assertEquals("torus-16x61: no preset of that name (did you mean torus-16x16?); presets: " + String.join(", ", Presets.names()), e.getMessage());
    }

    /**
     * In a modular jar or an exploded module, {@code org/tessera/machine/presets} counts as a
     * package of the module (the JDK derives packages from every file's directory, classes or
     * not), and such a package is encapsulated: other modules cannot read the YAML files. This
     * builds an exploded module of the config classes and presets, lets the JDK find it, and
     * checks that {@link Presets#load} works inside it, because it reads the presets as the
     * module itself, while a caller outside cannot.
     */
    @Test
    void presetsLoadInsideANamedModuleThatEncapsulatesThem(@TempDir Path moduleDirectory) throws ReflectiveOperationException, IOException {
        String moduleName = "org.tessera.machine.probe";
        Set<String> packages = Set.of(Presets.class.getPackageName(), Frequency.class.getPackageName(), PRESET_PACKAGE);
        for (String name : packages) {
            Path target = Files.createDirectories(moduleDirectory.resolve(name.replace('.', '/')));
            try (Stream<Path> files = Files.list(classesDirectory().resolve(name.replace('.', '/')))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
        ClassFile.of().buildModuleTo(moduleDirectory.resolve("module-info.class"), ModuleAttribute.of(ModuleDesc.of(moduleName),
                        module -> module.requires(ModuleDesc.of("java.base"), ClassFile.ACC_MANDATED, null)
                                        .exports(PackageDesc.of(Presets.class.getPackageName()), 0)));

        Configuration configuration = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(moduleDirectory), ModuleFinder.of(), Set.of(moduleName));
        // The parent sees SnakeYAML only, so the module's copies are the only presets to be found.
        URL snakeYaml = Yaml.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader yamlOnly = new URLClassLoader(new URL[] {snakeYaml}, ClassLoader.getPlatformClassLoader())) {
            ModuleLayer.Controller controller = ModuleLayer.defineModulesWithOneLoader(configuration, List.of(ModuleLayer.boot()), yamlOnly);
            Module module = controller.layer().findModule(moduleName).orElseThrow();
            controller.addReads(module, yamlOnly.getUnnamedModule());
            // Under Surefire on the module path, SnakeYAML is also a named module of the boot layer.
            controller.addReads(module, Yaml.class.getModule());
            assertEquals(packages, module.getPackages(), "the JDK counts the preset directory as a package");

            Class<?> presets = controller.layer().findLoader(moduleName).loadClass(Presets.class.getName());
            assertSame(module, presets.getModule());
            Object config = presets.getMethod("load", String.class).invoke(null, "mesh-8x8");
            assertEquals(64, config.getClass().getMethod("tileCount").invoke(config));

            String resource = PRESET_PACKAGE.replace('.', '/') + "/mesh-8x8.yaml";
            assertNull(module.getResourceAsStream(resource), "encapsulated from this test's module");
            assertNull(module.getClassLoader().getResource(resource), "encapsulated from class-loader lookups");
        }
    }

    /** Where the compiled config classes and the preset resources are (a directory when testing). */
    private static Path classesDirectory() {
        try {
            Path location = Path.of(Presets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.isDirectory(location), "expected the main classes in a directory, not " + location);
            return location;
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
