package org.tessera.lang.nodes.compare;

import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code body if test else orelse}. */
public final class IfExpNode extends PyExpressionNode {
    @Child private PyExpressionNode test;
    @Child private PyExpressionNode body;
    @Child private PyExpressionNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfExpNode(PyExpressionNode test, PyExpressionNode body, PyExpressionNode orelse) {
        this.test = ToBooleanNode.branch(test, "conditional");
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return profile.profile(ToBooleanNode.outcome(test, frame)) ? body.executeGeneric(frame) : orelse.executeGeneric(frame);
    }
}
