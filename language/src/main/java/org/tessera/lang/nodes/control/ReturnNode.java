package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.PyNone;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code return [value]}: throws a ReturnException to the function's root, or, in tail position
 * (nothing of the function can run after it), stores the value in the root's return slot.
 */
public final class ReturnNode extends PyStatementNode {
    @Child private PyExpressionNode value;
    /** The frame slot the function's root reads its value from; -1 to throw. */
    private final int tailSlot;

    public ReturnNode(PyExpressionNode value) {
        this(value, -1);
    }

    public ReturnNode(PyExpressionNode value, int tailSlot) {
        this.value = value;
        this.tailSlot = tailSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = value == null ? PyNone.NONE : value.executeGeneric(frame);
        if (tailSlot >= 0) {
            frame.setObject(tailSlot, result);
        } else {
            throw new ReturnException(result);
        }
    }
}
