package org.tessera.lang.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds the generator body to its root when it suspends at a yield. */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
