package org.tessera.machine.collective;

/** The ranks a tree algorithm runs over, by position: position 0 is the root of the tree. */
interface Ranks {
    int size();

    /** The (relative) rank at {@code position}. */
    int rank(int position);

    /** Ranks 0..p−1 in order. */
    static Ranks all(int p) {
        return new Ranks() {
            @Override
            public int size() {
                return p;
            }

            @Override
            public int rank(int position) {
                return position;
            }
        };
    }
}
