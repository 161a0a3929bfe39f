package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Reads frame argument {@code index}: how built-in functions receive their parameters. */
public final class ReadArgumentNode extends PyExpressionNode {
    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
