package org.tessera.lang.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** {@code continue}: caught by the innermost loop. */
public final class ContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final ContinueException INSTANCE = new ContinueException();

    private ContinueException() {
    }
}
