package org.tessera.lang.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * A node that computes a value. The typed execute methods let parents that expect a primitive
 * (arithmetic, conditions, typed locals) avoid boxing; they throw when the value has another type.
 */
@GenerateWrapper
public abstract class PyExpressionNode extends PyStatementNode {

    public abstract Object executeGeneric(VirtualFrame frame);

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypesGen.expectLong(executeGeneric(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypesGen.expectDouble(executeGeneric(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypesGen.expectBoolean(executeGeneric(frame));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeGeneric(frame);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.ExpressionTag.class || super.hasTag(tag);
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new PyExpressionNodeWrapper(this, probe);
    }
}
