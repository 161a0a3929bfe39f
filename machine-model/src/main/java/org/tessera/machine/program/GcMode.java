package org.tessera.machine.program;

/** Who collects a tile's heap when it fills. */
public enum GcMode {
    /** The tile's core, stopping the program for the whole collection. */
    SOFTWARE,
    /**
     * A collector unit beside each tile (after Maas, Asanović &amp; Kubiatowicz, ISCA 2018): it marks
     * 4.2× faster than the core and concurrently with it, so the core stops only briefly.
     */
    HARDWARE;

    /** {@code software} or {@code hardware}; an error lists the valid values. */
    public static GcMode parse(String text) {
        return Choices.parse(GcMode.class, "GC mode", text);
    }

    public String spelling() {
        return Choices.spelling(this);
    }
}
