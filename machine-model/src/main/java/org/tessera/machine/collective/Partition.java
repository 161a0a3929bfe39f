package org.tessera.machine.collective;

/**
 * A vector of elements cut into consecutive, possibly empty parts: part i is
 * {@code [start(i), start(i + 1))}. Algorithms index parts by rank (or by position in a
 * {@link Ranks} group), so every range a message carries is contiguous.
 */
final class Partition {
    private final long[] starts;

    private Partition(long[] starts) {
        this.starts = starts;
    }

    /** Part i is [⌊i·length/parts⌋, ⌊(i+1)·length/parts⌋), computed without overflow. */
    static Partition even(long length, int parts) {
        long[] starts = new long[parts + 1];
        for (int i = 0; i <= parts; i++) {
            starts[i] = evenStart(length, parts, i);
        }
        return new Partition(starts);
    }

    private static long evenStart(long length, int parts, int i) {
        return length / parts * i + length % parts * i / parts;
    }

    /**
     * The even blocks of a vector rotated left by the start of block {@code root}, so part q is
     * block (root + q) mod parts: relative rank q's block lies at offset 0 for the root, and a
     * subtree of consecutive relative ranks holds one contiguous range even when it wraps past the
     * last rank (MPICH rotates the root's buffer the same way).
     */
    static Partition rotatedBlocks(long length, int parts, int root) {
        long[] starts = new long[parts + 1];
        long shift = evenStart(length, parts, root);
        for (int q = 0; q < parts; q++) {
            int block = root + q;
            starts[q] = block < parts ? evenStart(length, parts, block) - shift : evenStart(length, parts, block - parts) + length - shift;
        }
        starts[parts] = length;
        return new Partition(starts);
    }

    /** Part k is the union of this partition's parts {@code group.rank(k)} .. {@code group.rank(k + 1) − 1}. */
    Partition grouped(Fold group) {
        int size = group.size();
        long[] merged = new long[size + 1];
        for (int k = 0; k < size; k++) {
            merged[k] = starts[group.rank(k)];
        }
        merged[size] = starts[starts.length - 1];
        return new Partition(merged);
    }

    long start(int part) {
        return starts[part];
    }

    long end(int part) {
        return starts[part + 1];
    }

    int parts() {
        return starts.length - 1;
    }

    long length() {
        return starts[starts.length - 1];
    }
}
