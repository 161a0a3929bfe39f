package org.tessera.machine.memory;

import org.tessera.machine.time.Cycles;

/** A completed read or write of {@code bytes} bytes by tile {@code requester} of memory homed on {@code home}. */
public record MemoryAccess(Kind kind, int requester, int home, long bytes, Cycles issuedAt, Cycles completedAt) {
    public enum Kind {
        READ, WRITE
    }

    public boolean isRemote() {
        return requester != home;
    }

    /** From issue until the data (read) or acknowledgement (write) is back at the requester. */
    public Cycles latency() {
        return completedAt.since(issuedAt);
    }
}
