package org.tessera.lang.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code return value}: caught by the function's root node. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object result;

    public ReturnException(Object result) {
        this.result = result;
    }

    public Object getResult() {
        return result;
    }
}
