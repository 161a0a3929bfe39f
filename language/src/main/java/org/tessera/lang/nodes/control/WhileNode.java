package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.compare.ToBooleanNode;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

/** {@code while test: body else: orelse}; the else part runs unless the loop was left by {@code break}. */
public final class WhileNode extends PyStatementNode {
    @Child private LoopNode loop;
    @Child private PyStatementNode orelse;

    public WhileNode(PyExpressionNode test, PyStatementNode body, PyStatementNode orelse, boolean hasBreak, boolean hasContinue) {
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(test, body, hasBreak, hasContinue));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object status = loop.execute(frame);
        if (status != Repeating.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Repeating extends Node implements RepeatingNode {
        static final Object BROKEN = new Object();

        @Child private PyExpressionNode test;
        @Child private PyStatementNode body;
        private final boolean hasBreak;
        private final boolean hasContinue;
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        Repeating(PyExpressionNode test, PyStatementNode body, boolean hasBreak, boolean hasContinue) {
            this.test = ToBooleanNode.branch(test, "while");
            this.body = body;
            this.hasBreak = hasBreak;
            this.hasContinue = hasContinue;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            if (!ToBooleanNode.outcome(test, frame)) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            if (!hasBreak && !hasContinue) {
                body.executeVoid(frame);
                return RepeatingNode.CONTINUE_LOOP_STATUS;
            }
            try {
                body.executeVoid(frame);
            } catch (BreakException e) {
                if (!hasBreak) {
                    throw e;
                }
                breakTaken.enter();
                return BROKEN;
            } catch (ContinueException e) {
                if (!hasContinue) {
                    throw e;
                }
                continueTaken.enter();
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }

        @Override
        public Object initialLoopStatus() {
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }

        @Override
        public boolean shouldContinue(Object returnValue) {
            return returnValue == RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
