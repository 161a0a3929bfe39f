package org.tessera.machine.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.tessera.machine.config.OffChipConfig;
import org.tessera.machine.topology.Grid;
import org.tessera.machine.topology.GridTopology;
import org.tessera.machine.topology.Topology;

/**
 * DRAM behind memory controllers at the chip's edges. A controller hangs off the router of an edge
 * tile and is reached through the network like that tile (a request, the DRAM access, a response).
 * It serves one request at a time at its bandwidth: a request that arrives while it is busy queues
 * (a busy-until clock per controller), then occupies it for its bursts (rounded up to whole bursts)
 * and is answered the DRAM latency later. So on an idle network an off-chip read takes
 * T₀(request) + ⌈bursts · burst bytes / bytes per cycle⌉ + latency + T₀(response) + 1.
 *
 * <p>Controllers: on a mesh or torus (laid out as a mesh), {@code corners}, {@code sides} (the
 * middle of each side: coordinate k/2 in the other dimensions), {@code edges} (every tile of the
 * outer ring) or N spread evenly around the ring (on a 2-D grid in order round the perimeter from
 * tile 0); on other topologies the four (or N) tiles ⌊i·T/N⌋, or every tile for {@code edges}.
 */
final class OffChipMemory implements Transport.Server {
    private final int[] controllerTiles;
    private final int[] controllerAt;
    private final Topology topology;
    private final long latency;
    private final double bytesPerCycle;
    private final int burst;
    private final long capacity;
    private final OffChipConfig.Homing homing;

    private final long[] busyUntil;
    final long[] requests;
    final long[] queueCycles;
    final long[] usedBytes;
    long reads;
    long writes;
    long bytes;
    long objects;
    long objectBytes;
    long overflows;

    OffChipMemory(OffChipConfig config, Topology topology, double clockMhz) {
        this.topology = topology;
        this.controllerTiles = controllerTiles(config.controllers(), topology);
        this.controllerAt = new int[topology.tiles()];
        Arrays.fill(controllerAt, -1);
        for (int c = 0; c < controllerTiles.length; c++) {
            controllerAt[controllerTiles[c]] = c;
        }
        this.latency = config.latencyCycles(clockMhz);
        this.bytesPerCycle = config.bytesPerCycle(clockMhz);
        this.burst = config.burstBytes();
        this.capacity = config.capacityBytes();
        this.homing = config.homing();
        int n = controllerTiles.length;
        busyUntil = new long[n];
        requests = new long[n];
        queueCycles = new long[n];
        usedBytes = new long[n];
    }

    /** The tiles the controllers hang off, in controller order (ascending tile numbers, or round the perimeter for a count). */
    static int[] controllerTiles(String spec, Topology topology) {
        int tiles = topology.tiles();
        if (!(topology instanceof GridTopology grid)) {
            int n = switch (spec) {
                case "corners", "sides" -> 4;
                case "edges" -> tiles;
                default -> Integer.parseInt(spec);
            };
            return spread(n, tiles, i -> i);
        }
        Grid g = grid.grid();
        List<Integer> ring = ring(g);
        return switch (spec) {
            case "edges" -> ring.stream().sorted().mapToInt(Integer::intValue).toArray();
            case "corners" -> {
                TreeSet<Integer> corners = new TreeSet<>();
                for (int node : ring) {
                    boolean corner = true;
                    for (int d = 0; d < g.dimensions(); d++) {
                        int x = g.coordinate(node, d);
                        corner &= x == 0 || x == g.radix(d) - 1;
                    }
                    if (corner) {
                        corners.add(node);
                    }
                }
                yield corners.stream().mapToInt(Integer::intValue).toArray();
            }
            case "sides" -> {
                TreeSet<Integer> sides = new TreeSet<>();
                for (int d = 0; d < g.dimensions(); d++) {
                    for (int end : new int[] {0, g.radix(d) - 1}) {
                        int node = 0;
                        for (int e = 0; e < g.dimensions(); e++) {
                            node = g.withCoordinate(node, e, e == d ? end : g.radix(e) / 2);
                        }
                        sides.add(node);
                    }
                }
                yield sides.stream().mapToInt(Integer::intValue).toArray();
            }
            default -> spread(Integer.parseInt(spec), ring.size(), ring::get);
        };
    }

    private static int[] spread(int wanted, int of, java.util.function.IntUnaryOperator pick) {
        int n = Math.min(wanted, of);
        int[] chosen = new int[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = pick.applyAsInt((int) ((long) i * of / n));
        }
        return chosen;
    }

    /** The edge tiles of a grid: round the perimeter from tile 0 on a 2-D grid, else in tile order. */
    private static List<Integer> ring(Grid g) {
        List<Integer> ring = new ArrayList<>();
        if (g.dimensions() == 2 && g.radix(0) > 1 && g.radix(1) > 1) {
            int w = g.radix(0);
            int h = g.radix(1);
            for (int x = 0; x < w; x++) {
                ring.add(at(g, x, 0));
            }
            for (int y = 1; y < h; y++) {
                ring.add(at(g, w - 1, y));
            }
            for (int x = w - 2; x >= 0; x--) {
                ring.add(at(g, x, h - 1));
            }
            for (int y = h - 2; y >= 1; y--) {
                ring.add(at(g, 0, y));
            }
            return ring;
        }
        for (int node = 0; node < g.nodes(); node++) {
            for (int d = 0; d < g.dimensions(); d++) {
                int x = g.coordinate(node, d);
                if (x == 0 || x == g.radix(d) - 1) {
                    ring.add(node);
                    break;
                }
            }
        }
        return ring;
    }

    private static int at(Grid g, int x, int y) {
        return g.withCoordinate(g.withCoordinate(0, 0, x), 1, y);
    }

    int controllers() {
        return controllerTiles.length;
    }

    int controllerTile(int controller) {
        return controllerTiles[controller];
    }

    long latencyCycles() {
        return latency;
    }

    double bytesPerCycle() {
        return bytesPerCycle;
    }

    /**
     * Homes object {@code id} of {@code bytes} off-chip for a task on {@code fromTile}: the tile its
     * controller hangs off. Beyond a controller's capacity it is counted, and still served.
     */
    int place(int id, long bytes, int fromTile) {
        int c = homing == OffChipConfig.Homing.INTERLEAVED ? id % controllerTiles.length : nearest(fromTile);
        objects++;
        objectBytes += bytes;
        if (usedBytes[c] + bytes > capacity) {
            overflows++;
        } else {
            usedBytes[c] += bytes;
        }
        return controllerTiles[c];
    }

    private int nearest(int from) {
        int best = 0;
        for (int c = 1; c < controllerTiles.length; c++) {
            if (topology.hops(from, controllerTiles[c]) < topology.hops(from, controllerTiles[best])) {
                best = c;
            }
        }
        return best;
    }

    /** Cycles a request moving {@code data} bytes occupies a controller: whole bursts at its bandwidth. */
    long serialisation(long data) {
        long moved = Math.max(1, (data + burst - 1) / burst) * burst;
        return (long) Math.ceil(moved / bytesPerCycle);
    }

    /** Counts a request of {@code data} bytes about to be sent. */
    void issued(boolean write, long data) {
        if (write) {
            writes++;
        } else {
            reads++;
        }
        bytes += data;
    }

    /**
     * A request reaches the controller at {@code tile} at cycle {@code arrival} and needs it for
     * {@code serialisation} cycles: it waits until the controller is free, occupies it, and its
     * response leaves the DRAM latency later. Returns the cycles from arrival to the response.
     */
    @Override
    public long serve(int tile, long arrival, long serialisation) {
        int c = controllerAt[tile];
        long start = Math.max(arrival, busyUntil[c]);
        busyUntil[c] = start + serialisation;
        requests[c]++;
        queueCycles[c] += start - arrival;
        return start - arrival + serialisation + latency;
    }

    long totalQueueCycles() {
        long sum = 0;
        for (long q : queueCycles) {
            sum += q;
        }
        return sum;
    }
}
