package org.tessera.machine.config;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tessera.machine.config.YamlFuzz.pick;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.machine.bsp.Bsp;
import org.tessera.machine.bsp.Superstep;
import org.tessera.machine.bsp.Transfer;
import org.tessera.machine.collective.Algorithm;
import org.tessera.machine.collective.Collective;
import org.tessera.machine.collective.CollectiveRequest;
import org.tessera.machine.collective.CollectiveResult;
import org.tessera.machine.collective.Collectives;
import org.tessera.machine.config.YamlFuzz.Entry;
import org.tessera.machine.config.YamlFuzz.Mapping;
import org.tessera.machine.config.YamlFuzz.Place;
import org.tessera.machine.config.YamlFuzz.Problems;
import org.tessera.machine.config.YamlFuzz.Runner;
import org.tessera.machine.config.YamlFuzz.Seq;
import org.tessera.machine.engine.Engine;
import org.tessera.machine.network.Message;
import org.tessera.machine.network.Network;
import org.tessera.machine.program.CostTable;
import org.tessera.machine.program.Event;
import org.tessera.machine.program.Execution;
import org.tessera.machine.program.GcMode;
import org.tessera.machine.program.Placement;
import org.tessera.machine.program.ProgramModel;
import org.tessera.machine.program.ProgramOptions;
import org.tessera.machine.time.Cycles;
import org.tessera.machine.topology.Topology;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Fuzzes machine configs (Reliability: "model inputs fuzzed: always a clear error naming the key,
 * never a stack trace or a hang"). From fixed seeds it mutates the presets and a few small configs
 * that use every key: one structural change per case (a value of the wrong type or out of range,
 * an unknown or misspelt key, a key removed, given twice or moved, a section replaced, another
 * topology), text damage (truncation, junk, bombs) and byte damage (not UTF-8) of files.
 *
 * <p>Every case must either load, and then the model must build and run a message, two collectives,
 * a BSP superstep and a small program; or fail with a {@link ConfigException} of one line that
 * starts with the file and line and names the changed key (or a key that depends on it). A change
 * that is wrong whatever else the file says (an unknown key, a value of the wrong type or outside
 * the schema's bounds, a duplicate) must fail. Each case has a deadline; anything else is collected
 * and reported with the input that caused it.
 */
class ConfigFuzzTest {
    private static final long[] SEEDS = {1, 2, 3, 4};
    private static final int STRUCTURED_PER_SEED = 800;
    private static final int GARBLED_PER_SEED = 250;
    private static final int FILES_PER_SEED = 60;
    private static final String SOURCE = "fuzz.yaml";
    /** Loaded machines up to this size are also built and run. */
    private static final int BUILD_TILES = 4096;
    private static final long BUILD_SLOTS = 1L << 22;
    /** The most memory a loadable machine's model may need (see ConfigSchema). */
    private static final long MODEL_LIMIT = 4L << 30;

    @TempDir
    Path temp;

    /** Small configs that between them use every key, every topology family and both flow controls. */
    private static final List<String> SMALL = List.of("""
                    name: small-torus
                    topology: {kind: torus, dimensions: [4, 4]}
                    tiles: {count: 16, clock_mhz: 750.5, threads: 2, sram_bytes: 32KiB}
                    network: {flow_control: virtual_cut_through, flit_bytes: 8, virtual_channels: 2, buffer_depth: 8, router_latency: 2,
                      link_latency: 1, credit_latency: 1, max_packet_bytes: 64, watchdog_cycles: 5000}
                    memory: {access_cycles: 2, header_bytes: 8, alignment_bytes: 16}
                    collective: {message_overhead_cycles: 10, reduce_cycles_per_byte: 0.5, segment_bytes: 256}
                    bsp: {sync_cycles: 20}
                    """, """
                    name: cube
                    topology: {kind: hypercube, dimension: 3}
                    tiles: {count: 8, sram_bytes: 4096}
                    network: {virtual_channels: 1, buffer_depth: 2, max_packet_bytes: 1K}
                    collective: {segment_bytes: 1M}
                    """, """
                    name: crossbar
                    topology: {kind: exchange, tiles: 8}
                    tiles: {threads: 4}
                    memory: {alignment_bytes: 64}
                    bsp: {sync_cycles: 0}
                    """, """
                    topology: {kind: fat_tree, arity: 2, levels: 3}
                    network: {flit_bytes: 16, link_latency: 0, credit_latency: 3}
                    """, """
                    topology:
                      kind: mesh
                      dimensions: [2, 3, 2]
                    tiles:
                      count: 12
                    """, """
                    topology: {kind: mesh, dimensions: [5]}
                    network: {flow_control: wormhole, max_packet_bytes: 32, buffer_depth: 1}
                    """);

    private static final Map<String, ConfigKey> KEYS = ConfigSchema.ALL.stream()
                    .collect(Collectors.toMap(ConfigKey::path, k -> k, (a, b) -> a, LinkedHashMap::new));
    private static final List<String> SECTIONS = List.of("topology", "tiles", "network", "memory", "collective", "bsp");

    /** Keys checked together: a change to one may be reported at another. */
    private static final List<Set<String>> GROUPS = List.of(
                    Set.of("topology", "topology.kind", "topology.dimensions", "topology.dimension", "topology.arity", "topology.levels", "topology.tiles",
                                    "tiles.count", "network.virtual_channels", "network.buffer_depth"),
                    Set.of("network.flow_control", "network.buffer_depth", "network.max_packet_bytes", "network.flit_bytes"),
                    Set.of("network.watchdog_cycles", "network.router_latency", "network.link_latency", "network.credit_latency"));

    private static List<String> bases() {
        List<String> all = new ArrayList<>();
        for (String preset : Presets.names()) {
            all.add(Presets.text(preset));
        }
        all.addAll(SMALL);
        all.addAll(SMALL); // small machines twice as often: those are the ones built and run
        return all;
    }

    /** One input: its text, a description, the keys its error may name (null: any), and whether it must fail. */
    private record Case(String description, String text, Set<String> blame, boolean mustFail) {
        String show() {
            return description + "\n" + YamlFuzz.show(text);
        }
    }

    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger built = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    @Test
    void mutatedConfigsLoadAndRunOrFailWithAClearErrorNamingTheKey() throws IOException {
        List<String> bases = bases();
        Problems problems = new Problems();
        int cases = 0;
        long start = System.nanoTime();
        try (Runner runner = new Runner(10_000)) {
            for (long seed : SEEDS) {
                Random random = new Random(seed);
                for (int i = 0; i < STRUCTURED_PER_SEED; i++) {
                    long caseSeed = random.nextLong();
                    Case c = structured(pick(bases, random), new Random(caseSeed));
                    runner.run("seed " + seed + ", structured case " + i + ": " + c.show(), problems, () -> check(c));
                    cases++;
                }
                for (int i = 0; i < GARBLED_PER_SEED; i++) {
                    Random r = new Random(random.nextLong());
                    String text = r.nextBoolean() ? pick(bases, r) : structured(pick(bases, r), r).text();
                    Case c = new Case("garbled", YamlFuzz.garble(text, r), null, false);
                    runner.run("seed " + seed + ", garbled case " + i + ": " + c.show(), problems, () -> check(c));
                    cases++;
                }
                for (int i = 0; i < FILES_PER_SEED; i++) {
                    Random r = new Random(random.nextLong());
                    Case c = structured(pick(bases, r), r);
                    byte[] bytes = YamlFuzz.damageBytes(r.nextInt(3) == 0 ? YamlFuzz.garble(c.text(), r) : c.text(), r);
                    Path dir = Files.createDirectories(temp.resolve("s" + seed));
                    Path file = dir.resolve("m" + i + pick(List.of(".yaml", ".yml", "", ".YAML", " with space.yaml", "é.yaml", ".yaml.bak"), r));
                    Files.write(file, bytes);
                    runner.run("seed " + seed + ", file case " + i + " (" + bytes.length + " bytes): " + c.show(), problems, () -> checkFile(file));
                    cases++;
                }
            }
            // Files that are no config at all.
            Path dir = Files.createDirectories(temp.resolve("dir.yaml"));
            for (Path file : List.of(dir, temp.resolve("missing.yaml"), temp.resolve("no/such/dir/x.yaml"))) {
                runner.run("not a file: " + file, problems, () -> checkFile(file));
                cases++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "ConfigFuzzTest: %d cases in %.1f s: %d loaded (%d built and run), %d rejected%n", cases, seconds, loaded.get(),
                        built.get(), rejected.get());
        assertTrue(problems.isEmpty(), problems::toString);
        // The mutations must exercise both outcomes, or the test tests nothing.
        assertTrue(loaded.get() > cases / 10 && built.get() > cases / 20 && rejected.get() > cases / 2,
                        "loaded " + loaded + ", built " + built + ", rejected " + rejected + " of " + cases);
    }

    // ---- checking one case --------------------------------------------------------------------

    private void check(Case c) {
        MachineConfig config;
        try {
            config = ConfigLoader.parse(c.text(), SOURCE, "fuzz");
        } catch (ConfigException e) {
            rejected.incrementAndGet();
            String rest = YamlFuzz.checkShape(e.getMessage(), SOURCE, problem -> fail(problem, c));
            if (c.blame() != null) {
                String key = rest.contains(": ") ? rest.substring(0, rest.indexOf(": ")) : rest;
                if (!c.blame().contains(key)) {
                    fail("the error does not name the changed key\nnames '" + key + "', changed: " + String.join(", ", new java.util.TreeSet<>(c.blame()))
                                    + "\nerror: " + e.getMessage(), c);
                }
            }
            return;
        }
        if (c.mustFail()) {
            fail("the config loaded, but it is wrong whatever else it says", c);
        }
        loaded.incrementAndGet();
        exercise(config, c.show());
    }

    private void checkFile(Path file) {
        MachineConfig config;
        try {
            config = ConfigLoader.load(file);
        } catch (ConfigException e) {
            rejected.incrementAndGet();
            YamlFuzz.checkShape(e.getMessage(), file.toString(), problem -> {
                throw new AssertionError(problem + "\nfile " + file);
            });
            return;
        }
        loaded.incrementAndGet();
        exercise(config, "file " + file);
    }

    /** Fails the case; the runner reports it with the case's input. */
    private static void fail(String problem, Case c) {
        throw new AssertionError(problem);
    }

    private static CostTable costs;

    private static synchronized CostTable costs() {
        if (costs == null) {
            try {
                costs = CostTable.load("cpython-like");
            } catch (ConfigException e) {
                throw new AssertionError(e);
            }
        }
        return costs;
    }

    /** A loaded machine: its model must fit, build and run. */
    private void exercise(MachineConfig c, String what) {
        Topology topology = Topology.of(c.topology());
        int tiles = c.tileCount();
        if (tiles < 2 || tiles > ConfigSchema.MAX_TILES || topology.tiles() != tiles) {
            throw new AssertionError("a loaded config has " + tiles + " tiles (topology: " + topology.tiles() + ")\n" + what);
        }
        if (c.topology().routers() != topology.routers() || c.topology().ports() != topology.ports()) {
            throw new AssertionError("the config's routers and ports differ from the topology's\n" + c.topology() + ": " + c.topology().routers() + " × "
                            + c.topology().ports() + ", topology: " + topology.routers() + " × " + topology.ports() + "\n" + what);
        }
        long routerPorts = (long) topology.routers() * topology.ports();
        long channels = routerPorts * c.network().virtualChannels();
        long slots = channels * c.network().bufferDepth();
        double bytes = 8.0 * slots + 24.0 * channels + 28.0 * routerPorts + 400.0 * tiles;
        if (bytes > MODEL_LIMIT) {
            throw new AssertionError("a loaded config's model needs more than 4 GiB\n" + String.format(Locale.ROOT, "%.2f GiB: %d routers × %d ports × %d VCs × %d flits",
                            bytes / (1L << 30), topology.routers(), topology.ports(), c.network().virtualChannels(), c.network().bufferDepth()) + "\n" + what);
        }
        if (tiles > BUILD_TILES || slots > BUILD_SLOTS) {
            return;
        }
        built.incrementAndGet();
        // One message of two packets (or one, if a packet holds it all) to a neighbour.
        Engine engine = new Engine();
        Network network = Network.create(c, engine);
        long messageBytes = Math.min(c.network().maxPacketBytes() + 1L, 8L * c.network().flitBytes());
        Message m = network.send(0, 1, messageBytes, null, null);
        if (!engine.runUntil(m::isDelivered, Cycles.of(10_000_000))) {
            throw new AssertionError("a message was not delivered\n" + what);
        }
        // The same with the shortest watchdog the loader accepts: it must not report a deadlock.
        NetworkConfig n = c.network();
        MachineConfig tight = c.withNetwork(new NetworkConfig(n.flowControl(), n.flitBytes(), n.virtualChannels(), n.bufferDepth(), n.routerLatency(),
                        n.linkLatency(), n.creditLatency(), n.maxPacketBytes(), n.routerLatency() + n.linkLatency() + n.creditLatency() + 1));
        Engine tightEngine = new Engine();
        Network tightNetwork = Network.create(tight, tightEngine);
        Message m2 = tightNetwork.send(0, 1, messageBytes, null, null);
        if (!tightEngine.runUntil(m2::isDelivered, Cycles.of(10_000_000))) {
            throw new AssertionError("a message was not delivered with the shortest watchdog\n" + what);
        }
        new Collectives(tightNetwork, tight).run(CollectiveRequest.of(Collective.ALL_REDUCE, Algorithm.RING, 1024, Math.min(tiles, 8)));
        // Collectives: a ring broadcast with and without values (the same timing when a segment holds
        // whole elements), an all-reduce and a barrier.
        int p = Math.min(tiles, 8);
        CollectiveResult timing = collectives(c).run(CollectiveRequest.of(Collective.BROADCAST, Algorithm.RING, 64, p));
        long[][] values = new long[p][];
        for (int q = 0; q < p; q++) {
            values[q] = new long[]{q, 1, 2, 3, 4, 5, 6, 7};
        }
        CollectiveResult tracked = collectives(c).run(CollectiveRequest.of(Collective.BROADCAST, Algorithm.RING, 64, p).withValues(values));
        long segment = c.collective().segmentBytes();
        if ((segment >= 64 || segment % 8 == 0) && !timing.duration().equals(tracked.duration())) {
            throw new AssertionError("tracking values changes a ring broadcast's timing: " + timing.duration() + " vs " + tracked.duration() + "\n" + what);
        }
        // On the network that carried the message: an all-reduce, a barrier, a BSP superstep.
        Collectives more = new Collectives(network, c);
        more.run(CollectiveRequest.of(Collective.ALL_REDUCE, Algorithm.TREE, 64, p).withValues(values));
        more.run(Collective.BARRIER, Algorithm.RECURSIVE_DOUBLING, 0, p);
        long[] compute = new long[tiles];
        compute[0] = 100;
        new Bsp(network, c).run(Superstep.of(compute, List.of(new Transfer(0, 1, 100), new Transfer(1, 0, 1))));
        // A small program: objects on every placement, a call, a parallel region, enough garbage to collect.
        Random r = new Random(tiles);
        ProgramModel model = new ProgramModel(new ProgramOptions(c, costs(), pick(List.of(Placement.values()), r), pick(List.of(Execution.values()), r),
                        pick(List.of(GcMode.values()), r), r.nextLong(), r.nextInt(tiles + 1)));
        model.setLiveness(live -> live.accept(0));
        model.event(Event.STATEMENT);
        int first = model.newObject(64);
        model.access(first, 8, true);
        model.enterCall(first);
        model.access(first, 8, false);
        model.exitCall();
        model.beginParallel();
        for (int t = 0; t < 3; t++) {
            model.beginTask();
            model.access(model.newObject(16), 8, true);
            model.endTask();
        }
        model.endParallel();
        for (int i = 0; i < 200; i++) {
            model.event(Event.STATEMENT);
            model.newObject(256);
        }
        model.finish().format();
    }

    private static Collectives collectives(MachineConfig c) {
        return new Collectives(Network.create(c, new Engine()), c);
    }

    // ---- making cases -------------------------------------------------------------------------

    /** A base config with one structural change. */
    private static Case structured(String base, Random r) {
        Mapping doc = YamlFuzz.parse(base);
        List<Place> places = YamlFuzz.places(doc);
        List<Place> leaves = places.stream().filter(p -> !(p.entry().value instanceof Mapping)).toList();
        List<Place> sections = places.stream().filter(p -> p.entry().value instanceof Mapping).toList();
        int roll = r.nextInt(100);
        String description;
        Set<String> blame;
        boolean mustFail;
        if (roll < 40) {
            Place p = pick(leaves, r);
            Value v = value(KEYS.get(p.path()), r);
            p.entry().value = v.raw();
            description = "set " + p.path() + " to " + v.raw();
            blame = related(p.path());
            mustFail = v.invalid();
        } else if (roll < 50) {
            Place p = pick(places, r);
            p.parent().entries.remove(p.entry());
            description = "removed " + p.path();
            blame = relatedTree(p);
            mustFail = p.path().equals("topology") || p.path().equals("topology.kind") || p.path().startsWith("topology.")
                            && ConfigSchema.topologyKeys(kindOf(doc)).stream().anyMatch(k -> k.path().equals(p.path()));
        } else if (roll < 62) {
            // An unknown or misspelt key, or a real key in the wrong place.
            String section = r.nextInt(4) == 0 ? "" : pick(sections, r).path();
            Mapping target = section.isEmpty() ? doc : (Mapping) doc.get(section).value;
            int form = r.nextInt(10);
            String key = switch (form) {
                case 0, 1, 2, 3 -> YamlFuzz.misspell(pick(List.copyOf(KEYS.values()), r).name(), r);
                case 4, 5 -> YamlFuzz.word(r);
                case 6 -> pick(List.copyOf(KEYS.values()), r).name();
                case 7 -> pick(SECTIONS, r);
                case 8 -> pick(List.of("~", "1", "true", "<<", "\"\"", "\"two words\"", "x-y", "Name", "ТОПОЛОГИЯ", "é"), r);
                default -> pick(List.of("\"two\\nlines\"", "\"tab\\there\"", "\"" + "k".repeat(2000) + "\"", "\"\\u0000\""), r);
            };
            String unquoted = key.startsWith("\"") ? key.substring(1, key.length() - 1) : key;
            String path = section.isEmpty() ? unquoted : section + "." + unquoted;
            target.entries.add(r.nextInt(target.entries.size() + 1), new Entry(key, pick(List.of("1", "8", "abc", "[2, 2]", "{a: 1}", "~", "mesh"), r)));
            description = "added " + (path.length() > 100 ? path.substring(0, 100) + "…" : path);
            mustFail = !allowed(section, doc).contains(unquoted) || target.entries.stream().filter(e -> e.key.equals(key)).count() > 1;
            // A key that cannot be repeated as it is (a line break, 2000 letters) is shown escaped or cut: check only the error's shape.
            blame = form == 9 ? null : mustFail ? Set.of(path) : related(path);
        } else if (roll < 68) {
            Place p = pick(places, r);
            Object value = r.nextBoolean() ? YamlFuzz.copy(p.entry().value) : pick(YamlFuzz.WRONG, r);
            List<Entry> entries = p.parent().entries;
            entries.add(entries.indexOf(p.entry()) + 1 + r.nextInt(entries.size() - entries.indexOf(p.entry())), new Entry(p.entry().key, value));
            description = "gave " + p.path() + " twice";
            blame = Set.of(p.path());
            mustFail = true;
        } else if (roll < 74) {
            Place p = pick(sections, r);
            String raw = pick(YamlFuzz.WRONG, r);
            p.entry().value = raw;
            description = "replaced section " + p.path() + " by " + raw;
            blame = relatedTree(p);
            Node node = YamlFuzz.composeValue(raw);
            for (String key : YamlFuzz.mappingKeys(node)) {
                blame.add(p.path() + "." + key);
            }
            mustFail = !(node instanceof MappingNode) || p.path().equals("topology");
        } else if (roll < 82) {
            String topology = randomTopology(r);
            Entry e = doc.get("topology");
            e.value = topology;
            description = "topology: " + topology;
            blame = related("topology");
            mustFail = false;
        } else if (roll < 86) {
            Place p = pick(leaves.stream().filter(l -> l.path().contains(".")).toList(), r);
            Place to = pick(sections, r);
            p.parent().entries.remove(p.entry());
            Mapping target = r.nextInt(4) == 0 ? doc : (Mapping) to.entry().value;
            target.entries.add(p.entry());
            String newPath = target == doc ? p.entry().key : to.path() + "." + p.entry().key;
            description = "moved " + p.path() + " to " + newPath;
            blame = new HashSet<>(related(p.path()));
            blame.add(newPath);
            mustFail = !newPath.equals(p.path()) && (!allowed(target == doc ? "" : to.path(), doc).contains(p.entry().key) || target.get(p.entry().key) != p.entry()
                            || KEYS.get(p.path()) != null && KEYS.get(p.path()).defaultValue() == null && !p.path().equals("tiles.count"));
            if (!mustFail) {
                blame.addAll(related(newPath));
            }
        } else if (roll < 89) {
            String section = r.nextBoolean() ? "" : pick(sections, r).path();
            Mapping target = section.isEmpty() ? doc : (Mapping) doc.get(section).value;
            target.entries.add(r.nextInt(target.entries.size() + 1), new Entry(pick(List.of("? [a, b]", "? {a: 1}", "? [dimensions]"), r), "1"));
            description = "a complex key in " + (section.isEmpty() ? "the top level" : section);
            blame = Set.of(section.isEmpty() ? "the config" : section);
            mustFail = true;
        } else if (roll < 93) {
            // A section the base leaves out, with a few of its keys.
            List<String> missing = SECTIONS.stream().filter(s -> doc.get(s) == null).toList();
            String section = missing.isEmpty() ? pick(List.of("tiles", "network", "memory", "collective", "bsp"), r) : pick(missing, r);
            Entry existing = doc.get(section);
            Mapping m = existing != null && existing.value instanceof Mapping old ? old : new Mapping();
            if (existing == null) {
                doc.entries.add(new Entry(section, m));
            } else {
                existing.value = m;
            }
            blame = new HashSet<>();
            mustFail = false;
            List<ConfigKey> keys = ConfigSchema.section(section);
            int count = 1 + r.nextInt(3);
            Map<ConfigKey, Value> values = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                ConfigKey k = pick(keys, r);
                values.put(k, value(k, r));
            }
            StringBuilder what = new StringBuilder("set");
            for (Map.Entry<ConfigKey, Value> kv : values.entrySet()) {
                ConfigKey k = kv.getKey();
                Entry had = m.get(k.name());
                if (had != null) {
                    had.value = kv.getValue().raw();
                } else {
                    m.entries.add(new Entry(k.name(), kv.getValue().raw()));
                }
                what.append(' ').append(k.path()).append('=').append(kv.getValue().raw());
                blame.addAll(related(k.path()));
            }
            mustFail = values.values().stream().anyMatch(Value::invalid);
            description = what.toString();
        } else {
            Object root = switch (r.nextInt(6)) {
                case 0 -> pick(YamlFuzz.WRONG, r);
                case 1 -> {
                    Seq s = new Seq();
                    s.items.add(doc);
                    yield s;
                }
                case 2 -> "";
                case 3 -> new Mapping();
                case 4 -> {
                    Mapping m = new Mapping();
                    m.entries.add(new Entry("name", "only-a-name"));
                    yield m;
                }
                default -> {
                    Mapping m = new Mapping();
                    m.entries.add(new Entry("topology", doc));
                    yield m;
                }
            };
            return new Case("replaced the whole config", YamlFuzz.emit(root), null, true);
        }
        String text = YamlFuzz.emit(doc);
        if (!YamlFuzz.composes(text)) {
            // The change made the text unreadable as YAML: it must say so, with a line, but has no key to name.
            return new Case(description + " (not YAML)", text, null, true);
        }
        return new Case(description, text, blame, mustFail);
    }

    /** The keys a change to {@code path} may be reported at. */
    private static Set<String> related(String path) {
        Set<String> all = new HashSet<>();
        all.add(path);
        for (Set<String> group : GROUPS) {
            if (group.contains(path) || path.startsWith("topology.") && group.contains("topology")) {
                all.addAll(group);
            }
        }
        return all;
    }

    /** The keys a change to an entry and everything under it may be reported at. */
    private static Set<String> relatedTree(Place p) {
        Set<String> all = new HashSet<>(related(p.path()));
        if (p.entry().value instanceof Mapping m) {
            for (Entry e : m.entries) {
                all.addAll(related(p.path() + "." + e.key));
            }
            for (ConfigKey k : ConfigSchema.section(p.path())) {
                all.addAll(related(k.path()));
            }
        }
        return all;
    }

    private static TopologyKind kindOf(Mapping doc) {
        Entry t = doc.get("topology");
        Entry kind = t != null && t.value instanceof Mapping m ? m.get("kind") : null;
        if (kind != null && kind.value instanceof String s) {
            for (TopologyKind k : TopologyKind.values()) {
                if (ConfigKey.spelling(k).equals(s.toLowerCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        return TopologyKind.MESH;
    }

    /** The keys a mapping may have. */
    private static Set<String> allowed(String section, Mapping doc) {
        if (section.isEmpty()) {
            Set<String> top = new HashSet<>(SECTIONS);
            top.add("name");
            return top;
        }
        if (section.equals("topology")) {
            Set<String> keys = new HashSet<>(Set.of("kind"));
            ConfigSchema.topologyKeys(kindOf(doc)).forEach(k -> keys.add(k.name()));
            return keys;
        }
        return ConfigSchema.section(section).stream().map(ConfigKey::name).collect(Collectors.toSet());
    }

    private static String randomTopology(Random r) {
        int n = r.nextInt(10);
        return switch (r.nextInt(6)) {
            case 0 -> "{kind: mesh, dimensions: " + (n < 7 ? "[" + (1 + r.nextInt(12)) + ", " + (1 + r.nextInt(12)) + "]" : pick(YamlFuzz.DIMENSIONS, r)) + "}";
            case 1 -> "{kind: torus, dimensions: " + (n < 7 ? "[" + (1 + r.nextInt(9)) + ", " + (2 + r.nextInt(9)) + "]" : pick(YamlFuzz.DIMENSIONS, r)) + "}";
            case 2 -> "{kind: hypercube, dimension: " + (n < 7 ? String.valueOf(1 + r.nextInt(12)) : pick(List.of("0", "22", "23", "64", "-1", "[3]", "2.0"), r)) + "}";
            case 3 -> "{kind: fat_tree, arity: " + (n < 7 ? 2 + r.nextInt(4) : pick(List.of("1", "64", "65", "0"), r)) + ", levels: "
                            + (n < 7 ? 1 + r.nextInt(4) : pick(List.of("12", "13", "4", "0"), r)) + "}";
            case 4 -> "{kind: exchange, tiles: " + (n < 7 ? String.valueOf(2 + r.nextInt(100)) : pick(List.of("1", "65535", "65536", "0", "-5"), r)) + "}";
            default -> pick(List.of("{kind: mesh, dimension: 3}", "{kind: hypercube, dimensions: [2, 2]}", "{kind: ring, tiles: 4}",
                            "{kind: exchange, tiles: 8, arity: 2}", "{kind: fat_tree, arity: 4}", "{dimensions: [2, 2]}", "{kind: [mesh], dimensions: [2]}",
                            "{kind: FAT_TREE, arity: 2, levels: 2}", "{kind: fat-tree, arity: 2, levels: 2}", "{kind: Mesh, dimensions: [2, 2]}"), r);
        };
    }

    // ---- values -------------------------------------------------------------------------------

    /** A raw YAML value, and whether the schema rejects it whatever the rest of the file says. */
    private record Value(String raw, boolean invalid) {
    }

    private static Value value(ConfigKey key, Random r) {
        String raw;
        int roll = r.nextInt(10);
        if (key == null || roll < 4) {
            raw = pick(YamlFuzz.WRONG, r);
        } else {
            raw = switch (key.type()) {
                case INTEGER -> integerValue(key, r);
                case NUMBER -> roll < 7 ? integerValue(key, r) : pick(List.of(".5", "0.001", "0.0009", "1e6", "1000000.5", "1e-3", "3.14", "-0.0",
                                String.valueOf(r.nextDouble() * 2000)), r);
                case SIZE -> roll < 7 ? pick(YamlFuzz.SIZES, r) : integerValue(key, r);
                case CHOICE -> {
                    List<String> spellings = java.util.Arrays.stream(key.choices().getEnumConstants()).map(ConfigKey::spelling).toList();
                    String s = pick(spellings, r);
                    yield switch (r.nextInt(5)) {
                        case 0 -> s.toUpperCase(Locale.ROOT);
                        case 1 -> YamlFuzz.misspell(s, r);
                        case 2 -> YamlFuzz.word(r);
                        case 3 -> "\"" + s + "\"";
                        default -> s;
                    };
                }
                case TEXT -> pick(List.of("x", "\"\"", "'a name with: a colon'", "\"" + "n".repeat(300) + "\"", "123", "mesh-8x8", "~"), r);
                case INTEGER_LIST -> pick(YamlFuzz.DIMENSIONS, r);
            };
        }
        return new Value(raw, key != null && invalid(key, raw));
    }

    private static String integerValue(ConfigKey key, Random r) {
        BigInteger min = BigInteger.valueOf((long) key.min());
        BigInteger max = BigInteger.valueOf((long) Math.min(key.max(), Long.MAX_VALUE));
        BigInteger span = max.subtract(min).min(BigInteger.valueOf(1_000_000));
        return switch (r.nextInt(9)) {
            case 0 -> min.subtract(BigInteger.ONE).toString();
            case 1 -> min.toString();
            case 2 -> max.toString();
            case 3 -> max.add(BigInteger.ONE).toString();
            case 4 -> max.negate().toString();
            case 5 -> max.shiftLeft(1).toString();
            case 6 -> pick(List.of("9223372036854775807", "9223372036854775808", "2147483648", "4294967296", "-1", "0"), r);
            default -> min.add(BigInteger.valueOf((long) (r.nextDouble() * span.longValue()))).toString();
        };
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-+]?(0|[1-9][0-9_]*)");

    /** Whether {@code raw} is wrong for {@code key} on its own: the wrong kind of node, or a plain number out of bounds. */
    static boolean invalid(ConfigKey key, String raw) {
        Node node = YamlFuzz.composeValue(raw);
        if (node == null) {
            return true;
        }
        if (node instanceof MappingNode || Tag.NULL.equals(node.getTag())) {
            return true;
        }
        if (node instanceof SequenceNode seq) {
            if (key.type() != ConfigKey.Type.INTEGER_LIST) {
                return true;
            }
            int n = seq.getValue().size();
            if (n < 1 || n > 6) {
                return true;
            }
            BigInteger product = BigInteger.ONE;
            for (Node item : seq.getValue()) {
                if (!(item instanceof ScalarNode s) || !Tag.INT.equals(s.getTag()) || !DECIMAL.matcher(s.getValue()).matches()) {
                    return true;
                }
                BigInteger v = new BigInteger(s.getValue().replace("_", "").replace("+", ""));
                if (v.compareTo(BigInteger.valueOf((long) key.min())) < 0 || v.compareTo(BigInteger.valueOf((long) key.max())) > 0) {
                    return true;
                }
                product = product.multiply(v);
            }
            return product.compareTo(BigInteger.valueOf(ConfigSchema.MAX_TILES)) > 0 || product.compareTo(BigInteger.TWO) < 0;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        switch (key.type()) {
            case INTEGER_LIST:
                return true;
            case TEXT:
                return false;
            case CHOICE: {
                for (Enum<?> c : key.choices().getEnumConstants()) {
                    if (ConfigKey.spelling(c).equals(v.toLowerCase(Locale.ROOT))) {
                        return false;
                    }
                }
                return true;
            }
            case INTEGER:
                if (!Tag.INT.equals(s.getTag())) {
                    return true;
                }
                return DECIMAL.matcher(v).matches() && outOfBounds(key, new BigInteger(v.replace("_", "").replace("+", "")));
            case NUMBER:
                if (!Tag.INT.equals(s.getTag()) && !Tag.FLOAT.equals(s.getTag())) {
                    return true;
                }
                if (v.toLowerCase(Locale.ROOT).contains("nan") || v.toLowerCase(Locale.ROOT).contains("inf")) {
                    return true;
                }
                try {
                    double d = Double.parseDouble(v.replace("_", ""));
                    return d < key.min() || d > key.max();
                } catch (NumberFormatException e) {
                    return false;
                }
            case SIZE:
                if (Tag.INT.equals(s.getTag()) && DECIMAL.matcher(v).matches()) {
                    return outOfBounds(key, new BigInteger(v.replace("_", "").replace("+", "")));
                }
                return Tag.BOOL.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()) || v.startsWith("-");
            default:
                return false;
        }
    }

    private static boolean outOfBounds(ConfigKey key, BigInteger v) {
        BigInteger max = key.max() >= Long.MAX_VALUE ? BigInteger.valueOf(Long.MAX_VALUE) : BigInteger.valueOf((long) key.max());
        return v.compareTo(BigInteger.valueOf((long) key.min())) < 0 || v.compareTo(max) > 0;
    }
}
