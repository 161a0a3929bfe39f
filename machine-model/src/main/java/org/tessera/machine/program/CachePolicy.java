package org.tessera.machine.program;

/** Which object a full {@link SoftwareCache} evicts. */
public enum CachePolicy {
    /** The least recently used. */
    LRU,
    /** The one cached first. */
    FIFO,
    /** One drawn by the run's seeded random stream (per tile). */
    RANDOM;

    /** {@code lru}, {@code fifo} or {@code random}; an error lists the valid values. */
    public static CachePolicy parse(String text) {
        return Choices.parse(CachePolicy.class, "cache policy", text);
    }

    public String spelling() {
        return Choices.spelling(this);
    }
}
