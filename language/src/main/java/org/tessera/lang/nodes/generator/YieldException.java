package org.tessera.lang.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds the generator body to its root when it suspends at a yield. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;
    private final int yieldId;

    public YieldException(Object value, int yieldId) {
        this.value = value;
        this.yieldId = yieldId;
    }

    /** Which yield suspended. */
    public int getYieldId() {
        return yieldId;
    }

    public Object getValue() {
        return value;
    }
}
