package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code break}. */
public final class BreakNode extends PyStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
