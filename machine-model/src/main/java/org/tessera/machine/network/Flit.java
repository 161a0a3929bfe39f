package org.tessera.machine.network;

/**
 * A flit as stored in a buffer slot: the packet's row in {@link Packets} shifted left by two,
 * with a head bit and a tail bit (a one-flit packet has both).
 */
final class Flit {
    private Flit() {
    }

    static final int HEAD = 1;
    static final int TAIL = 2;

    static int of(int packet, boolean head, boolean tail) {
        return packet << 2 | (head ? HEAD : 0) | (tail ? TAIL : 0);
    }

    static int packet(int flit) {
        return flit >>> 2;
    }

    static boolean isHead(int flit) {
        return (flit & HEAD) != 0;
    }

    static boolean isTail(int flit) {
        return (flit & TAIL) != 0;
    }
}
