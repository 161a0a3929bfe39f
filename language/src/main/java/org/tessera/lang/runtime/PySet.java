package org.tessera.lang.runtime;


import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python {@code set} or {@code frozenset}, laid out exactly like CPython 3.11's set table
 * (open addressing with nine linear probes then perturbed jumps, the same growth and resize
 * rules) so that a set iterates, prints and pops in the same order as in CPython. Set algebra
 * follows CPython's algorithms for the same reason: the order of a result depends on how it was built.
 * Tools see the elements through an interop iterator, in iteration order.
 */
public final class PySet extends PySubclassable {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted entry (its hash is -1). */
    private static final Object DUMMY = new Object();

    private Object[] keys = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    /** Active plus dummy entries. */
    private int fill;
    /** Active entries. */
    private int used;
    private int finger;
    private final boolean frozen;
    private long cachedHash = -1;

    public PySet() {
        this(false);
    }

    public PySet(boolean frozen) {
        this.frozen = frozen;
        Allocations.created(this);
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    /** One past the last table index; {@link #keyAt} is null for empty and deleted entries. */
    public int tableSize() {
        return mask + 1;
    }

    public Object keyAt(int i) {
        Object k = keys[i];
        return k == DUMMY ? null : k;
    }

    // ---- probing

    private int lookup(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null && hashes[j] == 0) {
                    return j;
                }
                if (k != DUMMY && k != null && hashes[j] == hash && PyObjects.keyEquals(k, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        long hash = PyObjects.hash(key);
        return keys[lookup(key, hash)] != null;
    }

    @TruffleBoundary
    public void add(Object key) {
        addEntry(key, PyObjects.hash(key));
    }

    private void addEntry(Object key, long hash) {
        int freeslot = -1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = keys[j];
                if (k == null && hashes[j] == 0) {
                    if (freeslot >= 0) {
                        used++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        cachedHash = -1;
                        return;
                    }
                    fill++;
                    used++;
                    keys[j] = key;
                    hashes[j] = hash;
                    cachedHash = -1;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (hashes[j] == hash && k != DUMMY && PyObjects.keyEquals(k, key)) {
                    return;
                }
                if (hashes[j] == -1 && k == DUMMY) {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        long oldBytes = Allocations.setSize(keys.length);
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != DUMMY) {
                insertClean(oldKeys[i], oldHashes[i]);
            }
        }
        fill = used;
        Allocations.resized(this, oldBytes);
    }

    private void insertClean(Object key, long hash) {
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes {@code key}; false if it was not there. */
    @TruffleBoundary
    public boolean discard(Object key) {
        return discardEntry(key, PyObjects.hash(key));
    }

    private boolean discardEntry(Object key, long hash) {
        int j = lookup(key, hash);
        if (keys[j] == null) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        cachedHash = -1;
        return true;
    }

    /** {@code set.pop()}: the entry at or after the search finger; null when empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || keys[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object key = keys[i];
        keys[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    @TruffleBoundary
    public void clear() {
        keys = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        cachedHash = -1;
    }

    // ---- bulk operations, as CPython's set_merge / set_update_internal

    /** Adds every element of {@code other} (a set, a dict's keys, or any iterable). */
    @TruffleBoundary
    public void update(Object other) {
        if (other instanceof PySet set) {
            merge(set);
        } else if (other instanceof PyDict dict) {
            if ((long) (fill + dict.size()) * 5 >= (long) mask * 3) {
                resize((used + dict.size()) * 2);
            }
            for (int e = 0; e < dict.entryLimit(); e++) {
                Object key = dict.keyAt(e);
                if (key != null) {
                    addEntry(key, PyObjects.hash(key));
                }
            }
        } else {
            Object it = Iteration.getIterator(other);
            Object key;
            while ((key = Iteration.next(it)) != null) {
                add(key);
            }
        }
    }

    private void merge(PySet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.fill;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object key = other.keys[i];
                if (key != null && key != DUMMY) {
                    insertClean(key, other.hashes[i]);
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object key = other.keys[i];
            if (key != null && key != DUMMY) {
                addEntry(key, other.hashes[i]);
            }
        }
    }

    /** A copy with the same order: set(s) / frozenset(s). */
    @TruffleBoundary
    public PySet copy(boolean asFrozen) {
        PySet result = new PySet(asFrozen);
        result.merge(this);
        return result;
    }

    @TruffleBoundary
    public PySet union(Object other, boolean asFrozen) {
        PySet result = copy(asFrozen);
        if (other != this) {
            result.update(other);
        }
        return result;
    }

    @TruffleBoundary
    public PySet intersection(Object other, boolean asFrozen) {
        if (other == this) {
            return copy(asFrozen);
        }
        PySet result = new PySet(asFrozen);
        if (other instanceof PySet otherSet) {
            PySet big = this;
            PySet small = otherSet;
            if (otherSet.used > used) {
                big = otherSet;
                small = this;
            }
            for (int i = 0; i <= small.mask; i++) {
                Object key = small.keys[i];
                if (key != null && key != DUMMY && big.keys[big.lookup(key, small.hashes[i])] != null) {
                    result.addEntry(key, small.hashes[i]);
                }
            }
            return result;
        }
        Object it = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(it)) != null) {
            long hash = PyObjects.hash(key);
            if (keys[lookup(key, hash)] != null) {
                result.addEntry(key, hash);
                if (result.used >= used) {
                    break;
                }
            }
        }
        return result;
    }

    @TruffleBoundary
    public PySet difference(Object other, boolean asFrozen) {
        int otherSize;
        if (other instanceof PySet s) {
            otherSize = s.used;
        } else if (other instanceof PyDict d) {
            otherSize = d.size();
        } else {
            PySet result = copy(asFrozen);
            result.differenceUpdate(other);
            return result;
        }
        if ((used >> 2) > otherSize) {
            PySet result = copy(asFrozen);
            result.differenceUpdate(other);
            return result;
        }
        PySet result = new PySet(asFrozen);
        for (int i = 0; i <= mask; i++) {
            Object key = keys[i];
            if (key != null && key != DUMMY) {
                boolean inOther = other instanceof PySet s ? s.keys[s.lookup(key, hashes[i])] != null : ((PyDict) other).containsKey(key);
                if (!inOther) {
                    result.addEntry(key, hashes[i]);
                }
            }
        }
        return result;
    }

    @TruffleBoundary
    public void differenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PySet otherSet) {
            PySet source = (otherSet.used >> 3) > used ? intersection(otherSet, false) : otherSet;
            for (int i = 0; i <= source.mask; i++) {
                Object key = source.keys[i];
                if (key != null && key != DUMMY) {
                    discardEntry(key, source.hashes[i]);
                }
            }
        } else {
            Object it = Iteration.getIterator(other);
            Object key;
            while ((key = Iteration.next(it)) != null) {
                discard(key);
            }
        }
        if ((fill - used) > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    @TruffleBoundary
    public void symmetricDifferenceUpdate(Object other) {
        if (other == this) {
            clear();
            return;
        }
        if (other instanceof PyDict dict) {
            for (int e = 0; e < dict.entryLimit(); e++) {
                Object key = dict.keyAt(e);
                if (key != null) {
                    long hash = PyObjects.hash(key);
                    if (!discardEntry(key, hash)) {
                        addEntry(key, hash);
                    }
                }
            }
            return;
        }
        PySet otherSet = other instanceof PySet s ? s : fromIterable(other, false);
        for (int i = 0; i <= otherSet.mask; i++) {
            Object key = otherSet.keys[i];
            if (key != null && key != DUMMY && !discardEntry(key, otherSet.hashes[i])) {
                addEntry(key, otherSet.hashes[i]);
            }
        }
    }

    @TruffleBoundary
    public PySet symmetricDifference(Object other, boolean asFrozen) {
        PySet result = fromIterable(other, asFrozen);
        result.symmetricDifferenceUpdate(this);
        return result;
    }

    @TruffleBoundary
    public boolean isSubsetOf(Object other) {
        if (!(other instanceof PySet otherSet)) {
            return intersection(other, false).used == used;
        }
        if (used > otherSet.used) {
            return false;
        }
        for (int i = 0; i <= mask; i++) {
            Object key = keys[i];
            if (key != null && key != DUMMY && otherSet.keys[otherSet.lookup(key, hashes[i])] == null) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public boolean isDisjoint(Object other) {
        Object it = Iteration.getIterator(other);
        Object key;
        while ((key = Iteration.next(it)) != null) {
            if (contains(key)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static PySet fromIterable(Object iterable, boolean frozen) {
        PySet set = new PySet(frozen);
        set.update(iterable);
        return set;
    }

    /** CPython's frozenset hash: independent of order, mixed from every entry's hash. */
    @TruffleBoundary
    public long frozenHash() {
        if (cachedHash != -1) {
            return cachedHash;
        }
        long hash = 0;
        for (int i = 0; i <= mask; i++) {
            long h = keys[i] == null ? 0 : (keys[i] == DUMMY ? -1 : hashes[i]);
            hash ^= shuffleBits(h);
        }
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((fill - used) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        cachedHash = hash;
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public PyType builtinType(BuiltinTypes types) {
        return frozen ? types.frozenSetType : types.setType;
    }
}
