package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.compare.ToBooleanNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * An {@code if} containing a yield: the replay takes the branch chosen before without testing
 * again (unless the yield is in the test itself, then the decision is still open).
 */
public final class GeneratorIfNode extends PyStatementNode {
    @Child private PyExpressionNode test;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    private final GeneratorState state;
    private final int branchSlot;
    private static final int UNDECIDED = 0;
    private static final int THEN = 1;
    private static final int ELSE = 2;

    public GeneratorIfNode(PyExpressionNode test, PyStatementNode body, PyStatementNode orelse, GeneratorState state, int branchSlot) {
        this.test = ToBooleanNode.branch(test, "if");
        this.body = body;
        this.orelse = orelse;
        this.state = state;
        this.branchSlot = branchSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int branch = state.isResuming(frame) ? frame.getInt(branchSlot) : UNDECIDED;
        if (branch == UNDECIDED) {
            frame.setInt(branchSlot, UNDECIDED);
            branch = ToBooleanNode.outcome(test, frame) ? THEN : ELSE;
            frame.setInt(branchSlot, branch);
        }
        if (branch == THEN) {
            body.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }
}
