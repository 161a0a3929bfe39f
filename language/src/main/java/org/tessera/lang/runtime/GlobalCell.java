package org.tessera.lang.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * One global variable of a module. Read sites cache the cell and, while
 * {@link #getUnchangedAssumption()} holds, its value as a compilation constant: module-level
 * functions and classes are assigned once, so calls to them fold to direct calls. A cell that
 * keeps changing stops offering constancy instead of deoptimizing its readers forever.
 */
public final class GlobalCell {
    private static final int MAX_INVALIDATIONS = 4;

    private final String name;
    private Object value;
    @CompilationFinal private Assumption unchanged;
    private int invalidations;

    public GlobalCell(String name) {
        this.name = name;
        this.unchanged = Truffle.getRuntime().createAssumption(name);
    }

    public String getName() {
        return name;
    }

    /** The value, or null when the name is unbound. */
    public Object get() {
        return value;
    }

    /** Valid while the value stays the one read when it was fetched. */
    public Assumption getUnchangedAssumption() {
        return unchanged;
    }

    public void set(Object newValue) {
        if (newValue != value) {
            if (unchanged.isValid()) {
                invalidate();
            }
            value = newValue;
        }
    }

    public void clear() {
        set(null);
    }

    @TruffleBoundary
    private void invalidate() {
        unchanged.invalidate("global " + name + " reassigned");
        if (++invalidations < MAX_INVALIDATIONS) {
            unchanged = Truffle.getRuntime().createAssumption(name);
        }
    }
}
