package org.tessera.machine.program;

import java.util.ArrayList;
import java.util.HashMap;

import org.tessera.machine.engine.DeterministicRandom;

/**
 * One compute tile's software cache of remote objects, whole objects at a time, in a block of the
 * tile's own SRAM: a tag table (object id → line) checked on every access, and an eviction order.
 * {@link CachePolicy#LRU} evicts the least recently used line, {@link CachePolicy#FIFO} the oldest,
 * {@link CachePolicy#RANDOM} one drawn from a seeded stream. Writes are write-back with write
 * allocate: a write marks the line dirty, and a dirty line sends its object home when evicted.
 */
final class SoftwareCache {
    /** A cached object. */
    static final class Line {
        final int id;
        final long bytes;
        boolean dirty;
        private Line older;
        private Line newer;
        private int slot;

        private Line(int id, long bytes) {
            this.id = id;
            this.bytes = bytes;
        }
    }

    private final long capacity;
    private final CachePolicy policy;
    private final DeterministicRandom random;
    // Looked up by id only, never iterated: its order cannot leak into results.
    private final HashMap<Integer, Line> lines = new HashMap<>();
    private final ArrayList<Line> slots = new ArrayList<>();
    private Line oldest;
    private Line newest;
    private long used;

    SoftwareCache(long capacity, CachePolicy policy, DeterministicRandom random) {
        this.capacity = capacity;
        this.policy = policy;
        this.random = random;
    }

    long capacity() {
        return capacity;
    }

    long usedBytes() {
        return used;
    }

    int size() {
        return lines.size();
    }

    /** The line of object {@code id}, or null on a miss. A hit is used now: it becomes the newest for LRU. */
    Line lookup(int id) {
        Line line = lines.get(id);
        if (line != null && policy == CachePolicy.LRU && line != newest) {
            unlink(line);
            append(line);
        }
        return line;
    }

    /** Whether an object of {@code bytes} can be cached at all. */
    boolean fits(long bytes) {
        return bytes <= capacity;
    }

    /** The line to evict before {@code bytes} more fit, or null if they fit now. */
    Line victim(long bytes) {
        if (used + bytes <= capacity) {
            return null;
        }
        return policy == CachePolicy.RANDOM ? slots.get(random.nextInt(slots.size())) : oldest;
    }

    /** Takes a line out (evicted). */
    void remove(Line line) {
        lines.remove(line.id);
        unlink(line);
        Line last = slots.removeLast();
        if (last != line) {
            slots.set(line.slot, last);
            last.slot = line.slot;
        }
        used -= line.bytes;
    }

    /** Caches object {@code id} (there must be room: evict {@link #victim}s first). */
    Line insert(int id, long bytes, boolean dirty) {
        if (used + bytes > capacity || lines.containsKey(id)) {
            throw new IllegalStateException("object " + id + " (" + bytes + " bytes) does not fit or is cached already");
        }
        Line line = new Line(id, bytes);
        line.dirty = dirty;
        lines.put(id, line);
        line.slot = slots.size();
        slots.add(line);
        append(line);
        used += bytes;
        return line;
    }

    private void append(Line line) {
        line.older = newest;
        line.newer = null;
        if (newest != null) {
            newest.newer = line;
        } else {
            oldest = line;
        }
        newest = line;
    }

    private void unlink(Line line) {
        if (line.older != null) {
            line.older.newer = line.newer;
        } else {
            oldest = line.newer;
        }
        if (line.newer != null) {
            line.newer.older = line.older;
        } else {
            newest = line.older;
        }
        line.older = null;
        line.newer = null;
    }
}
