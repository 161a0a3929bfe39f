package org.tessera.lang.parser;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

import org.tessera.lang.parser.ast.Mod;

/**
 * The source text of each tree {@link Parser#parse} returned, kept while the tree is reachable.
 * Nodes carry only character offsets; this lets {@code AstDump} turn them into line and column
 * attributes without the caller passing the source along. Keys are compared by identity, since
 * two equal trees may come from different sources.
 */
final class ParsedSources {
    private static final ReferenceQueue<Mod> STALE = new ReferenceQueue<>();
    private static final Map<Key, String> SOURCES = new HashMap<>();

    private ParsedSources() {
    }

    private static final class Key extends WeakReference<Mod> {
        private final int hash;

        Key(Mod mod, ReferenceQueue<Mod> queue) {
            super(mod, queue);
            hash = System.identityHashCode(mod);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Mod mod = get();
            return other instanceof Key key && mod != null && key.get() == mod;
        }
    }

    static synchronized void remember(Mod mod, String source) {
        dropStale();
        SOURCES.put(new Key(mod, STALE), source);
    }

    static synchronized String lookup(Mod mod) {
        dropStale();
        return SOURCES.get(new Key(mod, null));
    }

    private static void dropStale() {
        Reference<? extends Mod> stale;
        while ((stale = STALE.poll()) != null) {
            SOURCES.remove(stale);
        }
    }
}
