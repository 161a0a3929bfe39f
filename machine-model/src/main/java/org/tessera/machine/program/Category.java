package org.tessera.machine.program;

import java.util.Locale;

/**
 * Where a cycle goes: the overhead categories of Ismail &amp; Suh, "Quantitative Overhead Analysis
 * for Python" (IISWC 2018), useful work, and the costs a tile machine adds: waiting on the
 * network, and compiling on the running tile. Cost tables charge events to the first fifteen; the model itself charges the tile
 * collector to {@link #GC}, network waits to {@link #REMOTE_ACCESS} and blocking compilation to
 * {@link #JIT_COMPILATION}.
 */
public enum Category {
    NAME_RESOLUTION("name resolution", Group.DYNAMIC_LANGUAGE, 9.1),
    FUNCTION_RESOLUTION("function resolution", Group.DYNAMIC_LANGUAGE, 1.2),
    FUNCTION_SETUP("function setup/cleanup", Group.DYNAMIC_LANGUAGE, 4.9),
    DISPATCH("dispatch", Group.INTERPRETER, 14.1),
    TYPE_CHECK("type check", Group.DYNAMIC_LANGUAGE, 1.2),
    BOXING("boxing/unboxing", Group.DYNAMIC_LANGUAGE, 1.4),
    OBJECT_ALLOCATION("object allocation", Group.INTERPRETER, 3.6),
    GC("garbage collection", Group.ADDITIONAL_FEATURES, 2.8),
    ERROR_CHECK("error check", Group.ADDITIONAL_FEATURES, 3.1),
    RICH_CONTROL_FLOW("rich control flow", Group.ADDITIONAL_FEATURES, 1.3),
    STACK("stack", Group.INTERPRETER, 2.3),
    CONSTANT_LOAD("constant load", Group.INTERPRETER, 0.1),
    REGISTER_TRANSFER("register transfer", Group.INTERPRETER, 1.3),
    C_FUNCTION_CALL("C function call", Group.INTERPRETER, 18.4),
    USEFUL_WORK("useful work", Group.USEFUL_WORK, 35.1),
    /** Cycles a task waits for the network beyond a local access: requests, responses, migrations. */
    REMOTE_ACCESS("remote access", Group.TILE_MACHINE, Double.NaN),
    /** Cycles the running tile stood still compiling (a JIT model with no JIT tiles compiles there, blocking). */
    JIT_COMPILATION("JIT compilation", Group.TILE_MACHINE, Double.NaN);

    /** Ismail &amp; Suh's three groups of overhead, useful work, and the tile machine's own. */
    public enum Group {
        ADDITIONAL_FEATURES("additional language features"),
        DYNAMIC_LANGUAGE("dynamic language features"),
        INTERPRETER("interpreter operations"),
        USEFUL_WORK("useful work"),
        TILE_MACHINE("tile machine");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;
    private final double cpythonPercent;

    Category(String label, Group group, double cpythonPercent) {
        this.label = label;
        this.group = group;
        this.cpythonPercent = cpythonPercent;
    }

    /** For people: {@code name resolution}. */
    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** The spelling in cost tables: {@code name_resolution}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * CPython's average share of execution time in this category over Ismail &amp; Suh's 48
     * benchmarks, in percent, as read from the paper's figure (shared/REFERENCES.md §5; constant
     * load is "&lt; 0.2" there, taken as 0.1); NaN for {@link #REMOTE_ACCESS}, which CPython does
     * not have.
     */
    public double cpythonPercent() {
        return cpythonPercent;
    }

    /** Whether a cost table may charge events to this category (all but {@link #REMOTE_ACCESS} and {@link #JIT_COMPILATION}). */
    public boolean inCostTables() {
        return this != REMOTE_ACCESS && this != JIT_COMPILATION;
    }

    static final int COUNT = values().length;
}
