package org.tessera.machine.config;

import java.util.List;

/**
 * Every key a machine config may contain. Defaults follow gem5 Garnet 2.0 where it has one
 * (gem5.org/documentation/general_docs/ruby/garnet-2: single-cycle router, 1-cycle links, 4-flit
 * VC buffers) and BookSim2 otherwise (github.com/booksim/booksim2 src/booksim_config.cpp).
 */
public final class ConfigSchema {
    private ConfigSchema() {
    }

    private static final long MAX = Long.MAX_VALUE;

    public static final ConfigKey NAME = ConfigKey.text("", "name", "a label for reports; defaults to the file name");

    public static final ConfigKey TOPOLOGY_KIND = ConfigKey.choice("topology", "kind", TopologyKind.class, null, "the topology family; required");
    public static final ConfigKey TOPOLOGY_DIMENSIONS = ConfigKey.integerList("topology", "dimensions", 1, 6, 1, 1 << 16,
                    "mesh and torus: the radix k of each dimension, e.g. [8, 8]; a torus needs k ≥ 2");
    public static final ConfigKey TOPOLOGY_DIMENSION = ConfigKey.integer("topology", "dimension", 1, 22, null, "hypercube: n, for 2^n tiles");
    public static final ConfigKey TOPOLOGY_ARITY = ConfigKey.integer("topology", "arity", 2, 64, null, "fat_tree: k, the down (and up) ports of a switch");
    public static final ConfigKey TOPOLOGY_LEVELS = ConfigKey.integer("topology", "levels", 1, 12, null, "fat_tree: n, switch levels, for k^n tiles");
    public static final ConfigKey TOPOLOGY_TILES = ConfigKey.integer("topology", "tiles", 2, 65_535, null, "exchange: the number of tiles");

    public static final ConfigKey TILES_COUNT = ConfigKey.integer("tiles", "count", 1, MAX, null,
                    "optional: the number of tiles, checked against the topology");
    public static final ConfigKey TILES_CLOCK_MHZ = ConfigKey.number("tiles", "clock_mhz", 1e-3, 1e6, 1000.0,
                    "core (and network) clock; only converts cycles to time in reports and traces");
    public static final ConfigKey TILES_THREADS = ConfigKey.integer("tiles", "threads", 1, 64, 1, "hardware threads per tile");
    public static final ConfigKey TILES_SRAM_BYTES = ConfigKey.size("tiles", "sram_bytes", 1, MAX, 65_536L, "local memory per tile (the heap of the tile's allocator)");

    public static final ConfigKey NETWORK_FLOW_CONTROL = ConfigKey.choice("network", "flow_control", FlowControl.class, FlowControl.WORMHOLE,
                    "wormhole: a head needs one free downstream slot; virtual_cut_through: room for the whole packet");
    public static final ConfigKey NETWORK_FLIT_BYTES = ConfigKey.integer("network", "flit_bytes", 1, 4096, 8,
                    "flit size, which is also the link width: one flit per cycle per direction");
    public static final ConfigKey NETWORK_VIRTUAL_CHANNELS = ConfigKey.integer("network", "virtual_channels", 1, 64, 2,
                    "virtual channels per port; a torus needs an even number (two dateline classes)");
    public static final ConfigKey NETWORK_BUFFER_DEPTH = ConfigKey.integer("network", "buffer_depth", 1, 1 << 16, 4,
                    "input buffer per virtual channel, in flits; full rate needs ≥ router + link + credit latency");
    public static final ConfigKey NETWORK_ROUTER_LATENCY = ConfigKey.integer("network", "router_latency", 1, 1000, 1,
                    "router pipeline depth t_r in cycles (route, VC and switch allocation, switch traversal)");
    public static final ConfigKey NETWORK_LINK_LATENCY = ConfigKey.integer("network", "link_latency", 0, 1000, 1, "wire delay t_l of a link in cycles");
    public static final ConfigKey NETWORK_CREDIT_LATENCY = ConfigKey.integer("network", "credit_latency", 1, 1000, 1,
                    "cycles from a flit leaving a buffer until the upstream router can use the credit");
    public static final ConfigKey NETWORK_MAX_PACKET_BYTES = ConfigKey.size("network", "max_packet_bytes", 1, 1 << 24, 64L,
                    "messages are split into packets of at most this many bytes");
    public static final ConfigKey NETWORK_WATCHDOG_CYCLES = ConfigKey.integer("network", "watchdog_cycles", 1, Integer.MAX_VALUE, 10_000,
                    "a network holding flits that moves none for this long is reported as deadlocked");

    public static final ConfigKey NETWORK_SWITCHING = ConfigKey.choice("network", "switching", Switching.class, Switching.PACKET,
                    "packet: every message is packet-switched; hybrid: flows that send often get circuits (Jerger, Peh & Lipasti, NOCS 2008)");
    public static final ConfigKey NETWORK_CIRCUIT_THRESHOLD = ConfigKey.integer("network", "circuit_threshold", 1, 1_000_000, 4,
                    "hybrid: a flow (source, destination) asks for a circuit when it has sent this many messages in a row, each within circuit_window_cycles of the last");
    public static final ConfigKey NETWORK_CIRCUIT_WINDOW_CYCLES = ConfigKey.integer("network", "circuit_window_cycles", 1, Integer.MAX_VALUE, 1000,
                    "hybrid: a gap longer than this between two messages of a flow starts its count again");
    public static final ConfigKey NETWORK_CIRCUIT_IDLE_CYCLES = ConfigKey.integer("network", "circuit_idle_cycles", 1, Integer.MAX_VALUE, 5000,
                    "hybrid: a circuit unused this long is torn down (at its next use, or when a set-up needs its lane: least recently used first)");
    public static final ConfigKey NETWORK_CIRCUITS_PER_LINK = ConfigKey.integer("network", "circuits_per_link", 1, 64, 4,
                    "hybrid: circuit lanes per link, each a flit wide, on a plane beside the packet network");
    public static final ConfigKey NETWORK_CIRCUIT_BYPASS_LATENCY = ConfigKey.integer("network", "circuit_bypass_latency", 0, 1000, 1,
                    "hybrid: cycles a circuit's flit spends in each router it crosses, instead of router_latency");

    public static final ConfigKey MEMORY_ACCESS_CYCLES = ConfigKey.integer("memory", "access_cycles", 0, 1_000_000, 1,
                    "SRAM access time at the object's home tile");
    public static final ConfigKey MEMORY_HEADER_BYTES = ConfigKey.integer("memory", "header_bytes", 0, 4096, 8,
                    "bytes of a remote-access request or acknowledgement besides the data (address, opcode)");
    public static final ConfigKey MEMORY_ALIGNMENT_BYTES = ConfigKey.integer("memory", "alignment_bytes", 1, 4096, 8,
                    "allocations are rounded up to this power of two");

    public static final ConfigKey COLLECTIVE_MESSAGE_OVERHEAD_CYCLES = ConfigKey.integer("collective", "message_overhead_cycles", 0, 1_000_000, 0,
                    "software start-up a rank pays before each send (part of α)");
    public static final ConfigKey COLLECTIVE_REDUCE_CYCLES_PER_BYTE = ConfigKey.number("collective", "reduce_cycles_per_byte", 0, 1e6, 0.0,
                    "compute cost γ of combining received data, on the receiving tile's thread");
    public static final ConfigKey COLLECTIVE_SEGMENT_BYTES = ConfigKey.size("collective", "segment_bytes", 1, MAX, 1024L,
                    "pipelining segment of ring (chain) broadcast and reduce");
    public static final ConfigKey COLLECTIVE_COMBINE_CYCLES = ConfigKey.integer("collective", "combine_cycles", 0, 1_000_000, 1,
                    "in-network collectives: latency of the adder in a router that combines two or more partial results (pipelined, a flit per cycle)");

    public static final ConfigKey BSP_SYNC_CYCLES = ConfigKey.integer("bsp", "sync_cycles", 0, 1_000_000, 50,
                    "cost l of the global barrier that ends a BSP compute phase");

    // Off-chip memory. Defaults: one HBM2 channel per controller, 128 bits at 2 Gbit/s per pin =
    // 32 GB/s (JEDEC JESD235A; eight channels make a 256 GB/s stack) [unverified: from the standard's
    // summary]; an idle DRAM access of 100 ns, the usual order of a main-memory load ("DRAM access can
    // exceed 100 ns", web-production-4e80b.up.railway.app/page/Memory_latency [secondary]; DRAM latency
    // has stayed almost constant for decades, Lee et al., TL-DRAM, HPCA 2013); 64-byte bursts (DDR4:
    // burst length 8 on a 64-bit bus). See machine-model/PROGRAM.md, "Off-chip memory and memory tiles".
    public static final ConfigKey OFFCHIP_CONTROLLERS = new ConfigKey("memory.offchip", "controllers", ConfigKey.Type.TEXT, 0, 0, "sides", null,
                    "where DRAM controllers attach: corners, sides (the middle of each side), edges (every edge tile), or a count spread around the edge");
    public static final ConfigKey OFFCHIP_LATENCY_NS = ConfigKey.number("memory.offchip", "latency_ns", 0, 1e6, 100.0,
                    "DRAM access time once the controller serves a request (converted at the tile clock)");
    public static final ConfigKey OFFCHIP_GBYTES_PER_SECOND = ConfigKey.number("memory.offchip", "gbytes_per_second", 1e-3, 1e6, 32.0,
                    "bandwidth of each controller; requests queue for it");
    public static final ConfigKey OFFCHIP_BURST_BYTES = ConfigKey.integer("memory.offchip", "burst_bytes", 1, 4096, 64,
                    "DRAM access granularity: a request moves whole bursts");
    public static final ConfigKey OFFCHIP_CAPACITY = ConfigKey.size("memory.offchip", "capacity", 1, MAX, 8L << 30,
                    "DRAM behind each controller; objects beyond it are counted (and still served)");
    public static final ConfigKey OFFCHIP_HOMING = ConfigKey.choice("memory.offchip", "homing", OffChipConfig.Homing.class, OffChipConfig.Homing.INTERLEAVED,
                    "interleaved: object i behind controller i mod C; nearest: the controller nearest the allocating tile");

    /** Every key, in the order of the reference in {@code machine-model/CONFIG.md}. */
    public static final List<ConfigKey> ALL = List.of(NAME, TOPOLOGY_KIND, TOPOLOGY_DIMENSIONS, TOPOLOGY_DIMENSION, TOPOLOGY_ARITY, TOPOLOGY_LEVELS,
                    TOPOLOGY_TILES, TILES_COUNT, TILES_CLOCK_MHZ, TILES_THREADS, TILES_SRAM_BYTES, NETWORK_FLOW_CONTROL, NETWORK_FLIT_BYTES,
                    NETWORK_VIRTUAL_CHANNELS, NETWORK_BUFFER_DEPTH, NETWORK_ROUTER_LATENCY, NETWORK_LINK_LATENCY, NETWORK_CREDIT_LATENCY,
                    NETWORK_MAX_PACKET_BYTES, NETWORK_WATCHDOG_CYCLES, NETWORK_SWITCHING, NETWORK_CIRCUIT_THRESHOLD, NETWORK_CIRCUIT_WINDOW_CYCLES,
                    NETWORK_CIRCUIT_IDLE_CYCLES, NETWORK_CIRCUITS_PER_LINK, NETWORK_CIRCUIT_BYPASS_LATENCY, MEMORY_ACCESS_CYCLES, MEMORY_HEADER_BYTES,
                    MEMORY_ALIGNMENT_BYTES, COLLECTIVE_MESSAGE_OVERHEAD_CYCLES, COLLECTIVE_REDUCE_CYCLES_PER_BYTE, COLLECTIVE_SEGMENT_BYTES,
                    COLLECTIVE_COMBINE_CYCLES, BSP_SYNC_CYCLES,
                    OFFCHIP_CONTROLLERS, OFFCHIP_LATENCY_NS, OFFCHIP_GBYTES_PER_SECOND, OFFCHIP_BURST_BYTES, OFFCHIP_CAPACITY, OFFCHIP_HOMING);

    /**
     * The key reference as a Markdown table, one row per key in {@link #ALL} order. CONFIG.md
     * embeds it verbatim, and a test keeps the two equal.
     */
    public static String describeAll() {
        StringBuilder table = new StringBuilder("| Section | Key | Type and bounds | Default | Meaning |\n|---|---|---|---|---|\n");
        for (ConfigKey key : ALL) {
            table.append("| ").append(key.section().isEmpty() ? "(top level)" : key.section())
                            .append(" | `").append(key.name())
                            .append("` | ").append(cell(key.typeText()))
                            .append(" | ").append(cell(key.defaultText()))
                            .append(" | ").append(cell(key.meaning()))
                            .append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** The keys of one section, in declaration order. */
    public static List<ConfigKey> section(String section) {
        return ALL.stream().filter(k -> k.section().equals(section)).toList();
    }

    /** The topology keys that apply to a topology family, besides {@code kind}. */
    public static List<ConfigKey> topologyKeys(TopologyKind kind) {
        return switch (kind) {
            case MESH, TORUS -> List.of(TOPOLOGY_DIMENSIONS);
            case HYPERCUBE -> List.of(TOPOLOGY_DIMENSION);
            case FAT_TREE -> List.of(TOPOLOGY_ARITY, TOPOLOGY_LEVELS);
            case EXCHANGE -> List.of(TOPOLOGY_TILES);
        };
    }

    /** The most tiles a machine may have; keeps every index in an int ({@link #MAX_MODEL_BYTES} is usually reached first). */
    public static final long MAX_TILES = 1L << 24;

    /**
     * The most memory the model of one machine may need, as {@link #modelBytes} estimates it: 4 GiB.
     * A larger machine would exhaust a usual heap while it is built, or overflow an index of the
     * routers' buffers.
     */
    public static final long MAX_MODEL_BYTES = 4L << 30;

    /**
     * The memory the model of a machine needs, estimated from what it allocates (measured on the
     * wafer preset, which needs about 1.1 GiB): 8 bytes per flit slot of the routers' input
     * buffers, 24 per virtual channel, 28 per router port, 400 per tile (its network interface,
     * cores, heap and statistics). A double, so that no machine overflows it.
     */
    public static double modelBytes(TopologyConfig topology, NetworkConfig network) {
        double ports = (double) topology.routers() * topology.ports();
        double channels = ports * network.virtualChannels();
        return 8 * channels * network.bufferDepth() + 24 * channels + 28 * ports + 400 * (double) topology.tileCount();
    }
}
