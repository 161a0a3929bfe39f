package org.tessera.machine.network;

/**
 * The units (routers or interfaces) that hold work, so a cycle costs time in proportion to
 * activity, not machine size. Members keep the order they joined in, which keeps runs
 * deterministic (and within a cycle the order cannot change a result anyway).
 */
final class ActiveSet {
    private final boolean[] member;
    private int[] list = new int[64];
    private int size;

    ActiveSet(int units) {
        member = new boolean[units];
    }

    void add(int unit) {
        if (!member[unit]) {
            member[unit] = true;
            if (size == list.length) {
                list = java.util.Arrays.copyOf(list, size * 2);
            }
            list[size++] = unit;
        }
    }

    int size() {
        return size;
    }

    int get(int i) {
        return list[i];
    }

    /**
     * Keeps the first {@code visited} members for which {@code keep} holds and every member added
     * after them; the others leave the set.
     */
    void retain(int visited, java.util.function.IntPredicate keep) {
        int w = 0;
        for (int i = 0; i < visited; i++) {
            int unit = list[i];
            if (keep.test(unit)) {
                list[w++] = unit;
            } else {
                member[unit] = false;
            }
        }
        for (int i = visited; i < size; i++) {
            list[w++] = list[i];
        }
        size = w;
    }

    boolean isEmpty() {
        return size == 0;
    }
}
