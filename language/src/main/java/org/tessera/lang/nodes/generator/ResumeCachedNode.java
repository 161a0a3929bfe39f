package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A sub-expression of an expression that contains a yield: remembers its value, so that the
 * replay after a suspension does not evaluate it (and its side effects) a second time.
 */
public final class ResumeCachedNode extends PyExpressionNode {
    @Child private PyExpressionNode child;
    private final GeneratorState state;
    private final int slot;

    public ResumeCachedNode(PyExpressionNode child, GeneratorState state, int slot) {
        this.child = child;
        this.state = state;
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (state.isResuming(frame)) {
            Object cached = frame.getObject(slot);
            if (cached != null) {
                return cached;
            }
        }
        Object value = child.executeGeneric(frame);
        frame.setObject(slot, value);
        return value;
    }
}
