package org.tessera.machine.instrument;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The model's id of each program object it has seen, keyed by identity and held weakly, so the
 * map never keeps a dead Python object alive. (Model liveness does not come from here: it comes
 * from walking the program's real object graph, see {@link LivenessWalker}; entries whose object
 * the JVM has collected are just dropped.)
 */
final class ObjectIds {
    static final int NONE = -1;

    private static final class Key extends WeakReference<Object> {
        final int hash;
        final int id;

        Key(Object referent, ReferenceQueue<Object> queue, int id) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
            this.id = id;
        }
    }

    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    // Buckets of keys by identity hash: a plain identity lookup over weak keys.
    private final Map<Integer, Object> buckets = new HashMap<>();

    /** The id of {@code object}, or {@link #NONE} if it has none yet. */
    int get(Object object) {
        expunge();
        Object bucket = buckets.get(System.identityHashCode(object));
        if (bucket == null) {
            return NONE;
        }
        if (bucket instanceof Key k) {
            return k.get() == object ? k.id : NONE;
        }
        for (Key k : (Key[]) bucket) {
            if (k != null && k.get() == object) {
                return k.id;
            }
        }
        return NONE;
    }

    void put(Object object, int id) {
        Key key = new Key(object, queue, id);
        Integer hash = key.hash;
        Object bucket = buckets.get(hash);
        if (bucket == null) {
            buckets.put(hash, key);
        } else if (bucket instanceof Key k) {
            buckets.put(hash, new Key[]{k, key});
        } else {
            Key[] keys = (Key[]) bucket;
            Key[] grown = java.util.Arrays.copyOf(keys, keys.length + 1);
            grown[keys.length] = key;
            buckets.put(hash, grown);
        }
    }

    private void expunge() {
        for (Object ref; (ref = queue.poll()) != null;) {
            Key dead = (Key) ref;
            Object bucket = buckets.get(dead.hash);
            if (bucket == dead) {
                buckets.remove(dead.hash);
            } else if (bucket instanceof Key[] keys) {
                int alive = 0;
                for (Key k : keys) {
                    if (k != dead && k != null) {
                        alive++;
                    }
                }
                if (alive == 0) {
                    buckets.remove(dead.hash);
                } else {
                    Key[] rest = new Key[alive];
                    int i = 0;
                    for (Key k : keys) {
                        if (k != dead && k != null) {
                            rest[i++] = k;
                        }
                    }
                    buckets.put(dead.hash, alive == 1 ? rest[0] : rest);
                }
            }
        }
    }
}
