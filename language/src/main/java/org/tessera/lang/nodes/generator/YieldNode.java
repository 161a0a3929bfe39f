package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyGenerator;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code yield value}: suspends the generator with value; when resumed (the replay arrives here)
 * it is the value sent in, or raises what {@code throw} passed in.
 */
public final class YieldNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    private final GeneratorState state;
    private final int id;

    public YieldNode(PyExpressionNode value, GeneratorState state) {
        this.value = value;
        this.state = state;
        this.id = state.newYieldId();
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (state.isResumingAt(frame, id)) {
            state.resumed(frame);
            PyGenerator generator = state.getGenerator(frame);
            PyException thrown = generator.takeThrown();
            if (thrown != null) {
                throw thrown;
            }
            return generator.takeSent();
        }
        throw new YieldException(value == null ? PyNone.NONE : value.executeGeneric(frame), id);
    }
}
