package org.tessera.machine.program;

/**
 * Whether a host processor, joined to the tile machine by a PCIe-like link ({@link HostLink}), takes
 * part in the run, and how the program is split between the two (see {@link OffloadModel}).
 */
public enum Offload {
    /** No host: the whole program runs on the tile machine and its system calls cost nothing extra. */
    NONE,
    /** The whole program runs on the host: the reference an offload is compared with. */
    HOST,
    /**
     * Fine-grained offload: the program runs on the host, which ships each call of a hot function
     * (one called at least the threshold's number of times) to the device; objects cross the link
     * when the other side touches them.
     */
    FINE,
    /** Coarse-grained offload: the whole program runs on the device, which asks the host for each system call. */
    COARSE;

    /** {@code none}, {@code host}, {@code fine} or {@code coarse}; an error lists the valid values. */
    public static Offload parse(String text) {
        return Choices.parse(Offload.class, "offload", text);
    }

    public String spelling() {
        return Choices.spelling(this);
    }
}
