package org.tessera.machine.program;

/**
 * Which tile an object lives on (its home): where its SRAM is taken and where every access to it
 * goes. A home is chosen once, at allocation (or at the first access, for {@link #FIRST_TOUCH});
 * an object moves only if its tile is full and it spills to the nearest tile with room.
 */
public enum Placement {
    /** The tile of the task that allocates it. On one tile, no access is ever remote. */
    LOCAL,
    /** Object i on tile i mod N: spreads memory evenly, makes (N − 1)/N of accesses remote. */
    ROUND_ROBIN,
    /** A seeded hash of the object's id picks the tile: even spread without the stride pattern. */
    HASH,
    /** The tile of the first task that accesses it (like first-touch page placement in NUMA systems). */
    FIRST_TOUCH,
    /** The tile of the receiver whose method allocates it (objects live beside the object that made them). */
    AFFINITY;

    /** {@code local}, {@code round-robin}, ...; an error lists the valid values. */
    public static Placement parse(String text) {
        return Choices.parse(Placement.class, "placement", text);
    }

    /** The spelling {@link #parse} accepts. */
    public String spelling() {
        return Choices.spelling(this);
    }
}
