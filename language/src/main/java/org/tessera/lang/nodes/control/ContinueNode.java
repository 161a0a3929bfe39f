package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code continue}. */
public final class ContinueNode extends PyStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw ContinueException.INSTANCE;
    }
}
