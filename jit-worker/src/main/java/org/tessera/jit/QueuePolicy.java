package org.tessera.jit;

import java.util.Locale;

/** Which queued compilation a free JIT tile takes next. */
public enum QueuePolicy {
    /** The oldest request. */
    FIFO,
    /** The hottest function now (calls and back-edges counted), a priority queue. */
    HOTNESS,
    /**
     * As Truffle's traversing compilation queue: first-tier requests before last-tier ones, and
     * within a tier the highest weight, the request's rate of getting hotter since it was queued
     * times its hotness.
     */
    TRAVERSING;

    /** The option's spelling: {@code fifo}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QueuePolicy parse(String text) {
        for (QueuePolicy p : values()) {
            if (p.spelling().equals(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("expected fifo, hotness or traversing, got '" + text + "'");
    }
}
