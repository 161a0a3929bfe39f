package org.tessera.machine.program;

/** Where a call runs. */
public enum Execution {
    /** On the caller's tile: data comes to the code. */
    HOME,
    /**
     * On the tile that holds the call's receiver, when moving the frame there and the result back
     * is expected to cost less than the remote accesses the call would make from where it is.
     */
    MIGRATE_TO_DATA;

    /** {@code home} or {@code migrate-to-data}; an error lists the valid values. */
    public static Execution parse(String text) {
        return Choices.parse(Execution.class, "execution", text);
    }

    public String spelling() {
        return Choices.spelling(this);
    }
}
