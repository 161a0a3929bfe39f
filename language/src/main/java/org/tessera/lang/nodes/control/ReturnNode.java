package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.PyNone;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code return [value]}. */
public final class ReturnNode extends PyStatementNode {
    @Child private PyExpressionNode value;

    public ReturnNode(PyExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value == null ? PyNone.NONE : value.executeGeneric(frame));
    }
}
