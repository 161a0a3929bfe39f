package org.tessera.machine.instrument;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * The model's id of each program object it has seen, keyed by identity and held weakly, so the
 * map never keeps a dead Python object alive. (Model liveness does not come from here: it comes
 * from walking the program's real object graph, see {@link LivenessWalker}; entries whose object
 * the JVM has collected are just dropped.)
 *
 * <p>An open-addressing table with linear probing: every allocation and every liveness walk ask
 * it, so a lookup is a few array reads, with no boxing (a {@code HashMap} of boxed identity
 * hashes was most of a collection's cost).
 */
final class ObjectIds {
    static final int NONE = -1;

    private static final class Key extends WeakReference<Object> {
        final int hash;
        final int id;

        Key(Object referent, ReferenceQueue<Object> queue, int hash, int id) {
            super(referent, queue);
            this.hash = hash;
            this.id = id;
        }
    }

    /** Marks a slot whose key was removed: probing goes on past it. */
    private static final Key REMOVED = new Key(null, null, 0, NONE);

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private Key[] table = new Key[1 << 12];
    private int size;
    private int removed;

    private static int hash(Object o) {
        int h = System.identityHashCode(o);
        return h ^ (h >>> 16);
    }

    /** The id of {@code object}, or {@link #NONE} if it has none yet. */
    int get(Object object) {
        expunge();
        int h = hash(object);
        int mask = table.length - 1;
        for (int i = h & mask;; i = (i + 1) & mask) {
            Key k = table[i];
            if (k == null) {
                return NONE;
            }
            if (k != REMOVED && k.hash == h && k.get() == object) {
                return k.id;
            }
        }
    }

    /** Gives {@code object}, which has no id yet, the id {@code id}. */
    void put(Object object, int id) {
        expunge();
        if ((size + removed + 1) * 4L > table.length * 3L) {
            rehash(size * 4L > table.length ? table.length * 2 : table.length);
        }
        int h = hash(object);
        insert(new Key(object, queue, h, id));
        size++;
    }

    private void insert(Key key) {
        int mask = table.length - 1;
        int i = key.hash & mask;
        while (table[i] != null && table[i] != REMOVED) {
            i = (i + 1) & mask;
        }
        if (table[i] == REMOVED) {
            removed--;
        }
        table[i] = key;
    }

    private void rehash(int capacity) {
        Key[] old = table;
        table = new Key[capacity];
        removed = 0;
        for (Key k : old) {
            if (k != null && k != REMOVED) {
                insert(k);
            }
        }
    }

    /** Drops the keys whose objects the JVM has collected. */
    private void expunge() {
        for (Object ref; (ref = queue.poll()) != null;) {
            Key dead = (Key) ref;
            int mask = table.length - 1;
            for (int i = dead.hash & mask;; i = (i + 1) & mask) {
                Key k = table[i];
                if (k == null) {
                    break;
                }
                if (k == dead) {
                    table[i] = REMOVED;
                    size--;
                    removed++;
                    break;
                }
            }
        }
    }
}
