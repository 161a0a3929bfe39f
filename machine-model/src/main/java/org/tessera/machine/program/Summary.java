package org.tessera.machine.program;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.tessera.machine.config.ByteSize;
import org.tessera.machine.network.CircuitStatistics;
import org.tessera.machine.stats.TopologyLabels;
import org.tessera.machine.topology.Topology;

/**
 * What a program cost on the machine.
 *
 * @param totalCycles            when the program ended: the current task's clock at {@code finish}
 *                               (parallel regions count their makespan)
 * @param categories             cycles per category, every category in declaration order, summed over
 *                               tiles (so with parallel regions they add up to more than totalCycles);
 *                               percent is of their sum
 * @param localAccesses          accesses to objects on the accessing tile
 * @param remoteAccesses         accesses that were a round trip through the network
 * @param staleAccesses          accesses to objects the collector had freed (the Liveness missed them);
 *                               counted as local or remote by their last home
 * @param remoteAllocations      allocations on another tile than the allocating task's
 * @param gcPauseCycles          cycles cores stood still for collections
 * @param gcWaitCycles           cycles allocations waited for a collector unit
 * @param liveObjectsAfterLastGc objects found live by the last collection, on every tile (-1: none ran)
 * @param liveBytesAfterLastGc   their bytes (-1: none ran, or no Liveness)
 * @param liveObjectsAtExit      objects the Liveness reported at the end (-1: no Liveness)
 * @param spills                 objects placed on a neighbour because their tile stayed full
 * @param overflowObjects        objects no tile had room for (they have a home but no SRAM)
 * @param busiestTiles           up to three tiles, most busy cycles first
 * @param busiestLinks           up to three router-to-router links, most flits first
 * @param jit                    the JIT model's lines (none without one)
 * @param smartCache             the smart cache's lines (none without one)
 * @param nursery                the nurseries' figures (null without a nursery)
 * @param circuits               what hybrid switching did (null on a packet-switched network)
 * @param offload                the host and link's lines (none without a host)
 * @param memory                 the off-chip memory's or memory tiles' lines (none with SRAM only)
 */
public record Summary(String machine, String topology, int tiles, int tilesUsed, double clockMhz, String costs, Placement placement, Execution execution,
                GcMode gc, long seed, long totalCycles, List<CategoryCycles> categories, long events, long messages, long messageBytes, long localAccesses,
                long remoteAccesses, long staleAccesses, long objects, long remoteAllocations, long migrations, long parallelRegions, long tasks,
                long gcCount, long gcPauseCycles, long gcWaitCycles, long liveObjectsAfterLastGc, long liveBytesAfterLastGc, long liveObjectsAtExit,
                long spills, long overflowObjects, List<TileLoad> busiestTiles, List<LinkLoad> busiestLinks,
                List<String> jit, List<String> smartCache, NurseryStats nursery, CircuitStatistics circuits, List<String> offload, List<String> memory) {

    /** One category's cycles and its share of all categories' cycles, in percent. */
    public record CategoryCycles(Category category, long cycles, double percent) {
    }

    /** A tile's busy cycles and their share of the run. */
    public record TileLoad(int tile, String label, long busyCycles, double utilisation) {
    }

    /** A link's flits and the fraction of the run's cycles it carried one. */
    public record LinkLoad(String from, String to, long flits, double utilisation) {
    }

    public Summary {
        categories = List.copyOf(categories);
        busiestTiles = List.copyOf(busiestTiles);
        busiestLinks = List.copyOf(busiestLinks);
        jit = List.copyOf(jit);
        smartCache = List.copyOf(smartCache);
        offload = List.copyOf(offload);
        memory = List.copyOf(memory);
    }

    static Summary of(ProgramModel model, long liveObjectsAtExit) {
        ProgramOptions o = model.options();
        Topology topology = model.topology();
        long total = model.now();
        long[] byCategory = model.categoryCycles();
        long categorySum = 0;
        for (long c : byCategory) {
            categorySum += c;
        }
        List<CategoryCycles> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            long cycles = byCategory[c.ordinal()];
            categories.add(new CategoryCycles(c, cycles, categorySum == 0 ? 0 : 100.0 * cycles / categorySum));
        }
        long events = 0;
        for (long n : model.eventCounts()) {
            events += n;
        }
        long local = 0;
        long remote = 0;
        List<TileLoad> tileLoads = new ArrayList<>();
        for (int t = 0; t < topology.tiles(); t++) {
            local += model.localAccesses[t];
            remote += model.remoteAccesses[t];
            if (model.busyCycles[t] > 0) {
                tileLoads.add(new TileLoad(t, topology.tileLabel(t), model.busyCycles[t], total == 0 ? 0 : (double) model.busyCycles[t] / total));
            }
        }
        tileLoads.sort(Comparator.comparingLong(TileLoad::busyCycles).reversed().thenComparingInt(TileLoad::tile));
        TileHeaps heaps = model.heaps();
        Transport transport = model.transport();
        return new Summary(o.machine().name(), topology.describe(), topology.tiles(), o.tilesUsed(), o.machine().tiles().clock().megahertz(), o.costs().name(),
                        o.placement(), o.execution(), o.gc(), o.seed(), total, categories, events, transport.messages, transport.bytes, local, remote,
                        model.staleAccesses, model.objects().count(), model.remoteAllocations, model.migrations, model.regions, model.tasks,
                        heaps.totalCollections, heaps.totalPauseCycles, heaps.totalWaitCycles, model.liveObjectsAfterLastGc, model.liveBytesAfterLastGc,
                        liveObjectsAtExit, heaps.spills, heaps.overflows, tileLoads.subList(0, Math.min(3, tileLoads.size())),
                        busiestLinks(transport, topology, total), model.jit() == null ? List.of() : model.jit().summary(),
                        model.smartCache() == null ? List.of() : model.smartCache().summary(),
                        NurseryStats.of(heaps.nursery()), transport.circuitStatistics(),
                        model.offload() == null ? List.of() : model.offload().summary(),
                        model.memory() == null ? List.of() : model.memory().summary());
    }

    private static List<LinkLoad> busiestLinks(Transport transport, Topology topology, long total) {
        record Candidate(int router, int port, long flits) {
        }
        List<Candidate> links = new ArrayList<>();
        for (int r = 0; r < topology.routers(); r++) {
            for (int p = 0; p < topology.ports(); p++) {
                long flits = topology.link(r, p) >= 0 ? transport.linkFlits(r, p) : 0;
                if (flits > 0) {
                    links.add(new Candidate(r, p, flits));
                }
            }
        }
        links.sort(Comparator.comparingLong(Candidate::flits).reversed().thenComparingInt(Candidate::router).thenComparingInt(Candidate::port));
        TopologyLabels labels = new TopologyLabels(topology);
        List<LinkLoad> busiest = new ArrayList<>();
        for (Candidate c : links.subList(0, Math.min(3, links.size()))) {
            busiest.add(new LinkLoad(labels.router(c.router()), labels.target(topology.link(c.router(), c.port())), c.flits(),
                            total == 0 ? 0 : (double) c.flits() / total));
        }
        return busiest;
    }

    /** All categories' cycles. */
    public long categoryTotal() {
        long sum = 0;
        for (CategoryCycles c : categories) {
            sum += c.cycles();
        }
        return sum;
    }

    public long cycles(Category category) {
        return categories.get(category.ordinal()).cycles();
    }

    public double percent(Category category) {
        return categories.get(category.ordinal()).percent();
    }

    /** Remote accesses as a fraction of all accesses (0 without accesses). */
    public double remoteFraction() {
        long all = localAccesses + remoteAccesses;
        return all == 0 ? 0 : (double) remoteAccesses / all;
    }

    /** The run's length in microseconds at the tile clock. */
    public double micros() {
        return totalCycles / clockMhz;
    }

    /**
     * Each category's share to one decimal, rounded so that they add up to exactly 100.0 (largest
     * remainders get the spare tenths; ties go to the earlier category). All zero without cycles.
     */
    public Map<Category, BigDecimal> roundedPercents() {
        BigInteger total = BigInteger.valueOf(categoryTotal());
        Map<Category, BigDecimal> rounded = new EnumMap<>(Category.class);
        if (total.signum() == 0) {
            for (Category c : Category.values()) {
                rounded.put(c, BigDecimal.ZERO.setScale(1));
            }
            return rounded;
        }
        long[] tenths = new long[Category.COUNT];
        BigInteger[] remainders = new BigInteger[Category.COUNT];
        long given = 0;
        for (CategoryCycles c : categories) {
            BigInteger[] qr = BigInteger.valueOf(c.cycles()).multiply(BigInteger.valueOf(1000)).divideAndRemainder(total);
            tenths[c.category().ordinal()] = qr[0].longValueExact();
            remainders[c.category().ordinal()] = qr[1];
            given += tenths[c.category().ordinal()];
        }
        List<Category> byRemainder = new ArrayList<>(List.of(Category.values()));
        byRemainder.sort(Comparator.comparing((Category c) -> remainders[c.ordinal()]).reversed().thenComparingInt(Category::ordinal));
        for (int i = 0; given < 1000; i++, given++) {
            tenths[byRemainder.get(i).ordinal()]++;
        }
        for (Category c : Category.values()) {
            rounded.put(c, BigDecimal.valueOf(tenths[c.ordinal()], 1));
        }
        return rounded;
    }

    /** The summary as printed on stderr after a run (deterministic: no time of day, fixed locale). */
    public String format() {
        StringBuilder b = new StringBuilder();
        line(b, "tilemachine: %s cycles = %s µs at %s MHz on %s (%s, %s tiles%s)", n(totalCycles), decimal(micros(), 3), decimal(clockMhz, 3), machine,
                        topology, n(tiles), tilesUsed == tiles ? "" : ", " + n(tilesUsed) + " used");
        line(b, "  costs %s · placement %s · execution %s · gc %s · seed %d", costs, placement.spelling(), execution.spelling(), gc.spelling(), seed);
        line(b, "  %-26s %14s %7s", "category", "cycles", "share");
        Map<Category, BigDecimal> shares = roundedPercents();
        List<CategoryCycles> shown = categories.stream().filter(c -> c.cycles() > 0)
                        .sorted(Comparator.comparingLong(CategoryCycles::cycles).reversed().thenComparing(c -> c.category().ordinal())).toList();
        for (CategoryCycles c : shown) {
            line(b, "  %-26s %14s %6s%%", c.category().label(), n(c.cycles()), shares.get(c.category()).toPlainString());
        }
        line(b, "  events          %s", n(events));
        line(b, "  objects         %s allocated, %s of them on another tile than their allocator's", n(objects), n(remoteAllocations));
        line(b, "  accesses        %s: %s local, %s remote (%s%%)", n(localAccesses + remoteAccesses), n(localAccesses), n(remoteAccesses),
                        decimal(100 * remoteFraction(), 1));
        line(b, "  messages        %s sent, %s bytes", n(messages), n(messageBytes));
        if (execution == Execution.MIGRATE_TO_DATA) {
            line(b, "  migrations      %s calls moved to their receiver's tile", n(migrations));
        }
        if (parallelRegions > 0) {
            line(b, "  parallel        %s %s, %s tasks", n(parallelRegions), parallelRegions == 1 ? "region" : "regions", n(tasks));
        }
        String last = liveObjectsAfterLastGc < 0 ? "" : "; after the last, " + n(liveObjectsAfterLastGc) + " live objects"
                        + (liveBytesAfterLastGc < 0 ? "" : " (" + n(liveBytesAfterLastGc) + " bytes)");
        line(b, "  gc              %s collections, %s pause cycles, %s cycles waiting%s", n(gcCount), n(gcPauseCycles), n(gcWaitCycles), last);
        if (nursery != null) {
            line(b, "  nursery         %s per tile: %s minor collections (%s pause cycles), %s major (%s pause cycles)",
                            ByteSize.format(nursery.nurseryBytes()), n(nursery.minorCollections()), n(nursery.minorPauseCycles()),
                            n(nursery.majorCollections()), n(nursery.majorPauseCycles()));
            line(b, "                  %s objects promoted (%s bytes), %s remembered objects scanned, %s write barriers, %s objects too big for it",
                            n(nursery.promotedObjects()), n(nursery.promotedBytes()), n(nursery.rememberedScanned()), n(nursery.writeBarriers()),
                            n(nursery.pretenured()));
        }
        if (liveObjectsAtExit >= 0) {
            line(b, "  live at exit    %s objects", n(liveObjectsAtExit));
        }
        line(b, "  spills          %s objects to a neighbouring tile; %s found no room anywhere", n(spills), n(overflowObjects));
        line(b, "  busiest tiles   %s", busiestTiles.isEmpty() ? "none"
                        : busiestTiles.stream().map(t -> t.label() + " " + decimal(100 * t.utilisation(), 1) + "%").collect(Collectors.joining(" · ")));
        line(b, "  busiest links   %s", busiestLinks.isEmpty() ? "none"
                        : busiestLinks.stream().map(l -> l.from() + "→" + l.to() + " " + n(l.flits()) + " flits").collect(Collectors.joining(" · ")));
        for (String l : jit) {
            line(b, "  %s", l);
        }
        for (String l : smartCache) {
            line(b, "  %s", l);
        }
        if (circuits != null) {
            line(b, "  circuits        %s of %s messages (%s%%) on circuits; latency mean %s cycles (%s on circuits)", n(circuits.circuitMessages()),
                            n(circuits.messages()), decimal(100 * circuits.circuitShare(), 1), decimal(circuits.meanLatency(), 2),
                            decimal(circuits.meanCircuitLatency(), 2));
            line(b, "  set-ups         %s: %s established, %s failed (no free lane), mean %s cycles; %s circuits torn down", n(circuits.setups()),
                            n(circuits.established()), n(circuits.failed()), decimal(circuits.meanSetupCycles(), 2), n(circuits.teardowns()));
        }
        for (String l : offload) {
            line(b, "  %s", l);
        }
        for (String l : memory) {
            line(b, "  %s", l);
        }
        if (staleAccesses > 0) {
            line(b, "  warning: %s accesses to objects already collected (the Liveness did not report them live)", n(staleAccesses));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String format, Object... args) {
        b.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", value);
    }
}
