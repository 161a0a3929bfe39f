package org.tessera.machine.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.tessera.machine.config.MachineConfig;
import org.tessera.machine.engine.DeterministicRandom;
import org.tessera.machine.stats.Decimals;
import org.tessera.machine.topology.Topology;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where objects live beyond the tiles' SRAM, for a {@link ProgramModel} whose
 * {@link MemoryOptions#system()} is not {@link MemorySystem#SRAM}: off-chip DRAM
 * ({@link OffChipMemory}) for {@code offchip} and {@code spill-offchip}; memory tiles and the
 * compute tiles' {@link SoftwareCache}s for {@code memory-tiles}. The program model asks it where
 * objects and tasks go and keeps its counters here; the costs it charges itself.
 */
final class MemoryModel {
    private final MemoryOptions options;
    private final ObjectStore objects;
    private final OffChipMemory offChip;
    private final int[] memoryTiles;
    private final int[] computeTiles;
    private final SoftwareCache[] caches;
    private final long seed;

    long lookups;
    long hits;
    long misses;
    long evictions;
    long writeBacks;
    long writeBackBytes;
    long fetchedBytes;
    long bypasses;

    /**
     * @param tileCount the tiles objects and tasks may use (the first ones of the machine)
     * @throws IllegalArgumentException if memory tiles leave no compute tile, or none at all
     */
    MemoryModel(MemoryOptions options, MachineConfig machine, Topology topology, int tileCount, long seed, ObjectStore objects) {
        this.options = options;
        this.objects = objects;
        this.seed = seed;
        MemorySystem system = options.system();
        offChip = system == MemorySystem.OFFCHIP || system == MemorySystem.SPILL_OFFCHIP
                        ? new OffChipMemory(machine.memory().offChip(), topology, machine.tiles().clock().megahertz()) : null;
        if (system == MemorySystem.MEMORY_TILES) {
            int k = options.memoryTileStep();
            if (tileCount < k) {
                throw new IllegalArgumentException("every " + k + "th tile a memory tile leaves none among the " + tileCount + " tiles used");
            }
            int memory = tileCount / k;
            memoryTiles = new int[memory];
            computeTiles = new int[tileCount - memory];
            for (int t = 0, m = 0, c = 0; t < tileCount; t++) {
                if (t % k == k - 1) {
                    memoryTiles[m++] = t;
                } else {
                    computeTiles[c++] = t;
                }
            }
            caches = new SoftwareCache[machine.tileCount()];
        } else {
            memoryTiles = null;
            computeTiles = null;
            caches = null;
        }
    }

    MemorySystem system() {
        return options.system();
    }

    MemoryOptions options() {
        return options;
    }

    OffChipMemory offChip() {
        return offChip;
    }

    /** Whether accesses go through the compute tiles' software caches (memory tiles). */
    boolean caches() {
        return caches != null;
    }

    /** With memory tiles: the compute tiles, whose SRAM gives up {@link MemoryOptions#cacheBytes} to the cache. */
    int[] computeTiles() {
        return computeTiles.clone();
    }

    /** With memory tiles: object {@code id}'s home, memory tile id mod M. */
    int memoryTileFor(int id) {
        return memoryTiles[id % memoryTiles.length];
    }

    /** The tile task {@code index} runs on: with memory tiles, compute tile index mod C. */
    int taskTile(int index) {
        return computeTiles[index % computeTiles.length];
    }

    /** Homes object {@code id} off-chip (allocated by a task on {@code fromTile}); the tile of its controller. */
    int placeOffChip(int id, long bytes, int fromTile) {
        int tile = offChip.place(id, bytes, fromTile);
        objects.setHome(id, tile);
        objects.set(id, ObjectStore.OFF_CHIP);
        objects.clear(id, ObjectStore.UNTOUCHED);
        return tile;
    }

    /** The software cache of {@code tile}, made on first use (its random stream: the run's seed and the tile). */
    SoftwareCache cache(int tile) {
        SoftwareCache cache = caches[tile];
        if (cache == null) {
            cache = caches[tile] = new SoftwareCache(options.cacheBytes(), options.cachePolicy(), DeterministicRandom.stream(seed, tile));
        }
        return cache;
    }

    long lookupCycles() {
        return options.lookupCycles();
    }

    /** Hits as a fraction of hits and misses (0 with neither). */
    double hitRate() {
        long all = hits + misses;
        return all == 0 ? 0 : (double) hits / all;
    }

    /** The summary's lines. */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        switch (options.system()) {
            case OFFCHIP, SPILL_OFFCHIP -> {
                lines.add(String.format(Locale.ROOT, "memory          %s: %s controllers, %,d-cycle DRAM latency, %s bytes per cycle each", options.system().spelling(),
                                offChip.controllers(), offChip.latencyCycles(), Decimals.format(offChip.bytesPerCycle())));
                lines.add(String.format(Locale.ROOT, "off-chip        %,d objects (%,d bytes, %,d beyond capacity); %,d requests (%,d reads, %,d writes), %,d bytes, %,d cycles queueing",
                                offChip.objects, offChip.objectBytes, offChip.overflows, offChip.reads + offChip.writes, offChip.reads, offChip.writes,
                                offChip.bytes, offChip.totalQueueCycles()));
            }
            case MEMORY_TILES -> {
                lines.add(String.format(Locale.ROOT, "memory          memory-tiles: %,d memory tiles (every %s), %,d-byte %s cache per compute tile, %,d-cycle lookup",
                                memoryTiles.length, ordinal(options.memoryTileStep()), options.cacheBytes(), options.cachePolicy().spelling(), options.lookupCycles()));
                lines.add(String.format(Locale.ROOT, "cache           %,d lookups: %,d hits (%s%%), %,d misses, %,d evictions, %,d write-backs, %,d too big to cache",
                                lookups, hits, String.format(Locale.ROOT, "%.1f", 100 * hitRate()), misses, evictions, writeBacks, bypasses));
            }
            case SRAM -> {
            }
        }
        return lines;
    }

    private static String ordinal(int k) {
        String suffix = k % 100 >= 11 && k % 100 <= 13 ? "th" : switch (k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return k + suffix + " tile";
    }

    /** The summary JSON's {@code memory} object. */
    void json(ObjectNode node) {
        node.put("system", options.system().spelling());
        if (offChip != null) {
            ObjectNode o = node.putObject("offchip");
            o.put("controllers", offChip.controllers());
            o.put("latency_cycles", offChip.latencyCycles());
            o.put("bytes_per_cycle", Decimals.of(offChip.bytesPerCycle()));
            o.put("objects", offChip.objects);
            o.put("object_bytes", offChip.objectBytes);
            o.put("beyond_capacity", offChip.overflows);
            o.put("requests", offChip.reads + offChip.writes);
            o.put("reads", offChip.reads);
            o.put("writes", offChip.writes);
            o.put("bytes", offChip.bytes);
            o.put("queue_cycles", offChip.totalQueueCycles());
            var per = o.putArray("per_controller");
            for (int c = 0; c < offChip.controllers(); c++) {
                ObjectNode row = per.addObject();
                row.put("tile", offChip.controllerTile(c));
                row.put("requests", offChip.requests[c]);
                row.put("queue_cycles", offChip.queueCycles[c]);
                row.put("used_bytes", offChip.usedBytes[c]);
            }
        }
        if (caches != null) {
            node.put("memory_tiles", memoryTiles.length);
            node.put("memory_tile_step", options.memoryTileStep());
            ObjectNode c = node.putObject("cache");
            c.put("bytes", options.cacheBytes());
            c.put("policy", options.cachePolicy().spelling());
            c.put("lookup_cycles", options.lookupCycles());
            c.put("lookups", lookups);
            c.put("hits", hits);
            c.put("misses", misses);
            c.put("hit_rate", Decimals.of(hitRate()));
            c.put("evictions", evictions);
            c.put("write_backs", writeBacks);
            c.put("write_back_bytes", writeBackBytes);
            c.put("fetched_bytes", fetchedBytes);
            c.put("too_big", bypasses);
        }
    }
}
