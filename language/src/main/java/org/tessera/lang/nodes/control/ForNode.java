package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.local.WriteLocalNode;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.PyRange;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code for target in iterable: body else: orelse}. A loop over a {@code range} keeps its counter
 * in frame slots as a primitive, so the compiled loop allocates nothing; other iterables go
 * through an iterator kept in a frame slot. All loop state lives in the frame, so on-stack
 * replacement can resume the loop in compiled code.
 */
public final class ForNode extends PyStatementNode {
    @Child private PyExpressionNode iterable;
    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();
    @Child private LoopNode loop;
    @Child private PyStatementNode orelse;
    private final int iteratorSlot;
    private final int counterSlot;
    private final int remainingSlot;
    private final int stepSlot;

    /**
     * @param slots four temporary frame slots: iterator (null while looping over a range),
     *            counter, remaining count and step
     */
    public ForNode(WriteTargetNode target, PyExpressionNode iterable, PyStatementNode body, PyStatementNode orelse, int[] slots, boolean hasBreak,
                    boolean hasContinue) {
        this.iterable = iterable;
        this.orelse = orelse;
        this.iteratorSlot = slots[0];
        this.counterSlot = slots[1];
        this.remainingSlot = slots[2];
        this.stepSlot = slots[3];
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(target, body, hasBreak, hasContinue, slots));
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object items = iterable.executeGeneric(frame);
        if (items instanceof PyRange range && !range.isBig()) {
            frame.setObject(iteratorSlot, null);
            frame.setLong(counterSlot, range.getStart());
            frame.setLong(remainingSlot, range.length());
            frame.setLong(stepSlot, range.getStep());
        } else {
            frame.setObject(iteratorSlot, getIterator.execute(items));
        }
        Object status = loop.execute(frame);
        frame.setObject(iteratorSlot, null);
        if (status != Repeating.BROKEN && orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class Repeating extends Node implements RepeatingNode {
        static final Object BROKEN = new Object();

        @Child private WriteTargetNode target;
        @Child private PyStatementNode body;
        @Child private NextNode next = NextNodeGen.create();
        private final boolean hasBreak;
        private final boolean hasContinue;
        private final int iteratorSlot;
        private final int counterSlot;
        private final int remainingSlot;
        private final int stepSlot;
        private final CountingConditionProfile rangeMode = CountingConditionProfile.create();
        private final BranchProfile breakTaken = BranchProfile.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        Repeating(WriteTargetNode target, PyStatementNode body, boolean hasBreak, boolean hasContinue, int[] slots) {
            this.target = target;
            this.body = body;
            this.hasBreak = hasBreak;
            this.hasContinue = hasContinue;
            this.iteratorSlot = slots[0];
            this.counterSlot = slots[1];
            this.remainingSlot = slots[2];
            this.stepSlot = slots[3];
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object iterator = frame.getObject(iteratorSlot);
            if (rangeMode.profile(iterator == null)) {
                long remaining = frame.getLong(remainingSlot);
                if (remaining <= 0) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                long value = frame.getLong(counterSlot);
                frame.setLong(remainingSlot, remaining - 1);
                frame.setLong(counterSlot, value + frame.getLong(stepSlot));
                if (target instanceof WriteLocalNode local) {
                    local.executeWriteLong(frame, value);
                } else {
                    target.executeWrite(frame, value);
                }
            } else {
                Object item = next.execute(iterator);
                if (item == null) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                target.executeWrite(frame, item);
            }
            return runBody(frame);
        }

        private Object runBody(VirtualFrame frame) {
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
