package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.compare.ToBooleanNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code if test: body else: orelse} ({@code elif} is a nested IfNode in orelse). */
public final class IfNode extends PyStatementNode {
    @Child private PyExpressionNode test;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(PyExpressionNode test, PyStatementNode body, PyStatementNode orelse) {
        this.test = ToBooleanNode.branch(test, "if");
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(ToBooleanNode.outcome(test, frame))) {
            body.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}
