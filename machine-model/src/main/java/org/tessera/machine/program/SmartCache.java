package org.tessera.machine.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A per-tile cache of name and function resolution results whose entries are invalidated by
 * snooping writes to the dictionaries they were found in (a "smart cache" for a dynamic language).
 *
 * <p>Each lookup is keyed by what it searched: a dictionary (a dense id the instrument gives each
 * module, object and type it meets) and a name (a dense id for each spelling), plus the
 * {@link Kind} of lookup. A tile's cache holds up to {@code entries} of them, fully associative,
 * least recently used out first. A lookup that finds its key hits; one that does not misses and
 * fills the entry (evicting the least recently used one if the cache is full).
 *
 * <p>An entry holds the binding the lookup found, so a write to that binding makes it stale: every
 * write to a monitored dictionary is broadcast to every tile's cache (a snoop), and the entries it
 * matches are invalidated:
 * <ul>
 * <li>a global write {@code (module, name)}: that module's global entry for the name;</li>
 * <li>an attribute write {@code (object, name)}: the entries of every kind keyed by that object
 * and name; and if the object is a class, every attribute, method and callee entry with that name,
 * whatever its dictionary, since subclasses and instances may have resolved the name through it
 * (a name-only match: the snoop does not know the class hierarchy).</li>
 * </ul>
 * The snoop itself costs the writer nothing (it travels with the write's own coherence traffic).
 *
 * <p>Counts are kept per {@link Category}: lookups, hits, misses, invalidations (entries removed by
 * a snoop), evictions, and cycles saved. Plain Java, deterministic: no iteration over hash order.
 */
public final class SmartCache {
    /** What a lookup resolves, and the category its cycles are charged to. */
    public enum Kind {
        /** A global name: module globals, then builtins ({@link Event#GLOBAL_READ}). */
        GLOBAL(Category.NAME_RESOLUTION),
        /** An attribute read on an object ({@link Event#ATTRIBUTE_READ}). */
        ATTRIBUTE(Category.NAME_RESOLUTION),
        /** The method of a method call {@code o.m(...)} ({@link Event#CALL}). */
        METHOD(Category.FUNCTION_RESOLUTION),
        /** The code a plain call {@code f(...)} runs: a function's, or a class's initialiser ({@link Event#CALL}). */
        CALLEE(Category.FUNCTION_RESOLUTION),
        /** The built-in function a call reaches ({@link Event#BUILTIN_CALL}). */
        BUILTIN(Category.FUNCTION_RESOLUTION);

        private final Category category;

        Kind(Category category) {
            this.category = category;
        }

        public Category category() {
            return category;
        }

        static final Kind[] VALUES = values();
    }

    /** The categories whose cycles the cache saves, in this order in the counts. */
    static final Category[] CATEGORIES = {Category.NAME_RESOLUTION, Category.FUNCTION_RESOLUTION};

    /** One category's counts. */
    public record Counts(Category category, long lookups, long hits, long misses, long invalidations, long evictions, long savedCycles) {
        /** Hits per lookup (0 without lookups). */
        public double hitRate() {
            return lookups == 0 ? 0 : (double) hits / lookups;
        }
    }

    private static final class Entry {
        final long key;
        final int name;
        final Kind kind;
        Entry older;
        Entry newer;
        Entry nextSameName;
        Entry previousSameName;

        Entry(long key, int name, Kind kind) {
            this.key = key;
            this.name = name;
            this.kind = kind;
        }
    }

    /** One tile's cache: entries by key, a recency list (newest at the head) and chains by name for snoops. */
    private final class TileCache {
        final Map<Long, Entry> byKey = new HashMap<>();
        final Map<Integer, Entry> byName = new HashMap<>();
        Entry newest;
        Entry oldest;

        boolean lookup(long key, int name, Kind kind) {
            Entry e = byKey.get(key);
            if (e != null) {
                unlinkRecency(e);
                pushNewest(e);
                return true;
            }
            if (byKey.size() == capacity) {
                Entry victim = oldest;
                remove(victim);
                evictions[categoryIndex(victim.kind)]++;
            }
            e = new Entry(key, name, kind);
            byKey.put(key, e);
            pushNewest(e);
            Entry first = byName.get(name);
            e.nextSameName = first;
            if (first != null) {
                first.previousSameName = e;
            }
            byName.put(name, e);
            return false;
        }

        /** Removes the entries with {@code name} that {@code matches} accepts. */
        void invalidate(int name, EntryMatch matches) {
            for (Entry e = byName.get(name); e != null;) {
                Entry next = e.nextSameName;
                if (matches.test(e)) {
                    remove(e);
                    invalidations[categoryIndex(e.kind)]++;
                }
                e = next;
            }
        }

        private void remove(Entry e) {
            byKey.remove(e.key);
            unlinkRecency(e);
            if (e.previousSameName != null) {
                e.previousSameName.nextSameName = e.nextSameName;
            } else if (e.nextSameName != null) {
                byName.put(e.name, e.nextSameName);
            } else {
                byName.remove(e.name);
            }
            if (e.nextSameName != null) {
                e.nextSameName.previousSameName = e.previousSameName;
            }
        }

        private void pushNewest(Entry e) {
            e.older = newest;
            e.newer = null;
            if (newest != null) {
                newest.newer = e;
            }
            newest = e;
            if (oldest == null) {
                oldest = e;
            }
        }

        private void unlinkRecency(Entry e) {
            if (e.newer != null) {
                e.newer.older = e.older;
            } else {
                newest = e.older;
            }
            if (e.older != null) {
                e.older.newer = e.newer;
            } else {
                oldest = e.newer;
            }
            e.older = null;
            e.newer = null;
        }
    }

    private interface EntryMatch {
        boolean test(Entry e);
    }

    private final int capacity;
    private final double hitCost;
    private final TileCache[] caches;
    /** The tiles whose cache has been used, in the order they were first used: the ones a snoop must visit. */
    private final List<TileCache> used = new ArrayList<>();
    private final long[] lookups = new long[CATEGORIES.length];
    private final long[] hits = new long[CATEGORIES.length];
    private final long[] invalidations = new long[CATEGORIES.length];
    private final long[] evictions = new long[CATEGORIES.length];
    private final long[] savedCycles = new long[CATEGORIES.length];
    private long snoops;

    /**
     * @param tiles    the machine's tiles (each has its own cache)
     * @param entries  each tile's capacity, at least 1
     * @param hitCost  what a hit costs, as a fraction of the lookup's resolution cycles (0 to 1)
     */
    public SmartCache(int tiles, int entries, double hitCost) {
        if (entries < 1) {
            throw new IllegalArgumentException("a smart cache needs at least 1 entry, not " + entries);
        }
        if (!(hitCost >= 0 && hitCost <= 1)) {
            throw new IllegalArgumentException("a hit costs a fraction from 0 to 1 of a lookup, not " + hitCost);
        }
        this.capacity = entries;
        this.hitCost = hitCost;
        this.caches = new TileCache[tiles];
    }

    public int entries() {
        return capacity;
    }

    public double hitCost() {
        return hitCost;
    }

    private static long key(int dictionary, int name, Kind kind) {
        return ((long) dictionary << 32) | ((long) name << 3) | kind.ordinal();
    }

    private static int categoryIndex(Kind kind) {
        return kind.category == Category.NAME_RESOLUTION ? 0 : 1;
    }

    /** The cycles a hit saves on a lookup whose resolution costs {@code resolutionCycles}: all but the hit's share, rounded half up. */
    long saving(long resolutionCycles) {
        return resolutionCycles - Math.round(resolutionCycles * hitCost);
    }

    /**
     * Tile {@code tile} looks {@code name} up in {@code dictionary}: true on a hit (the entry becomes
     * the most recently used), false on a miss (the entry is filled). Names must be below 2^29.
     */
    boolean lookup(int tile, Kind kind, int dictionary, int name) {
        if (name < 0 || name >= 1 << 29) {
            throw new IllegalArgumentException("name id " + name + " is out of range");
        }
        TileCache cache = caches[tile];
        if (cache == null) {
            cache = new TileCache();
            caches[tile] = cache;
            used.add(cache);
        }
        int c = categoryIndex(kind);
        lookups[c]++;
        boolean hit = cache.lookup(key(dictionary, name, kind), name, kind);
        if (hit) {
            hits[c]++;
        }
        return hit;
    }

    void saved(Kind kind, long cycles) {
        savedCycles[categoryIndex(kind)] += cycles;
    }

    /** A global write: every tile's global entry for {@code (module, name)} is invalidated. */
    void globalWritten(int module, int name) {
        snoops++;
        long key = key(module, name, Kind.GLOBAL);
        for (TileCache cache : used) {
            cache.invalidate(name, e -> e.key == key);
        }
    }

    /**
     * An attribute write on {@code object} (a class if {@code isClass}): every tile's entries for
     * {@code (object, name)} are invalidated, and for a class every non-global entry named {@code name}.
     */
    void attributeWritten(int object, int name, boolean isClass) {
        snoops++;
        long dictionary = (long) object << 32;
        for (TileCache cache : used) {
            cache.invalidate(name, e -> isClass ? e.kind != Kind.GLOBAL : (e.key & 0xFFFF_FFFF_0000_0000L) == dictionary);
        }
    }

    /** The counts per category ({@link #CATEGORIES} order). */
    public List<Counts> counts() {
        List<Counts> all = new ArrayList<>();
        for (int c = 0; c < CATEGORIES.length; c++) {
            all.add(new Counts(CATEGORIES[c], lookups[c], hits[c], lookups[c] - hits[c], invalidations[c], evictions[c], savedCycles[c]));
        }
        return all;
    }

    /** Writes broadcast to the caches. */
    public long snoops() {
        return snoops;
    }

    /** Lines for the run's summary (each without a line break). */
    List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "smart cache     %,d entries per tile, a hit costs %s of a lookup; %,d writes snooped", capacity,
                        hitCostText(), snoops));
        for (Counts c : counts()) {
            lines.add(String.format(Locale.ROOT, "  %-20s %,d lookups: %,d hits (%.1f%%), %,d misses, %,d invalidations, %,d evictions; %,d cycles saved",
                            c.category().label(), c.lookups(), c.hits(), 100 * c.hitRate(), c.misses(), c.invalidations(), c.evictions(), c.savedCycles()));
        }
        return lines;
    }

    private String hitCostText() {
        return java.math.BigDecimal.valueOf(hitCost).stripTrailingZeros().toPlainString();
    }
}
