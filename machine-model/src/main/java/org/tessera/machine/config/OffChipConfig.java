package org.tessera.machine.config;

/**
 * Off-chip memory (DRAM) behind controllers at the chip's edges, used by the program model when
 * objects live off-chip ({@code --tilemachine.Memory=offchip} or {@code spill-offchip}).
 *
 * @param controllers      where the controllers sit: {@code corners}, {@code sides} (one in the
 *                         middle of each side of a grid), {@code edges} (one per edge tile), or a
 *                         count spread evenly around the edge
 * @param latencyNs        DRAM access time once a request is served (row activation, column access,
 *                         the controller's own pipeline)
 * @param gbytesPerSecond  each controller's bandwidth; a request occupies it for its bursts
 * @param burstBytes       the DRAM access granularity: a request moves whole bursts
 * @param capacityBytes    DRAM per controller
 * @param homing           which controller an off-chip object lives behind
 */
public record OffChipConfig(String controllers, double latencyNs, double gbytesPerSecond, int burstBytes, long capacityBytes, Homing homing) {

    /** Which controller holds an object. */
    public enum Homing {
        /** Object i behind controller i mod C: spreads objects and bandwidth evenly. */
        INTERLEAVED,
        /** The controller nearest the allocating tile (fewest routers, then lowest number). */
        NEAREST
    }

    /** The defaults of {@link ConfigSchema}'s {@code memory.offchip} keys. */
    public static final OffChipConfig DEFAULT = new OffChipConfig((String) ConfigSchema.OFFCHIP_CONTROLLERS.defaultValue(),
                    (Double) ConfigSchema.OFFCHIP_LATENCY_NS.defaultValue(), (Double) ConfigSchema.OFFCHIP_GBYTES_PER_SECOND.defaultValue(),
                    (Integer) ConfigSchema.OFFCHIP_BURST_BYTES.defaultValue(), (Long) ConfigSchema.OFFCHIP_CAPACITY.defaultValue(),
                    (Homing) ConfigSchema.OFFCHIP_HOMING.defaultValue());

    /** The latency in cycles of a clock of {@code clockMhz}, rounded to the nearest cycle. */
    public long latencyCycles(double clockMhz) {
        return Math.round(latencyNs * clockMhz / 1000);
    }

    /** Bytes a controller moves per cycle of a clock of {@code clockMhz}. */
    public double bytesPerCycle(double clockMhz) {
        return gbytesPerSecond * 1000 / clockMhz;
    }
}
