package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.compare.ToBooleanNode;
import org.tessera.lang.nodes.control.BreakException;
import org.tessera.lang.nodes.control.ContinueException;
import org.tessera.lang.nodes.control.GetIteratorNode;
import org.tessera.lang.nodes.control.GetIteratorNodeGen;
import org.tessera.lang.nodes.control.NextNode;
import org.tessera.lang.nodes.control.NextNodeGen;
import org.tessera.lang.nodes.local.WriteTargetNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * A {@code while} or {@code for} loop containing a yield. Its phase (testing/iterating, in the
 * body, in the else clause) and, for {@code for}, its iterator live in frame slots, so the replay
 * goes back into the body without testing or advancing again.
 */
public final class GeneratorLoopNode extends PyStatementNode {
    private static final int START = 0;
    private static final int BODY = 1;
    private static final int ELSE = 2;

    /** For {@code while}: the test; null for {@code for}. */
    @Child private PyExpressionNode test;
    /** For {@code for}: the iterable and the target; null for {@code while}. */
    @Child private PyExpressionNode iterable;
    @Child private WriteTargetNode target;
    @Child private GetIteratorNode getIterator;
    @Child private NextNode next;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    private final GeneratorState state;
    private final int phaseSlot;
    private final int iteratorSlot;

    private GeneratorLoopNode(PyExpressionNode test, PyExpressionNode iterable, WriteTargetNode target, PyStatementNode body, PyStatementNode orelse,
                    GeneratorState state, int phaseSlot, int iteratorSlot) {
        this.test = test == null ? null : ToBooleanNode.branch(test, "while");
        this.iterable = iterable;
        this.target = target;
        if (iterable != null) {
            this.getIterator = GetIteratorNodeGen.create();
            this.next = NextNodeGen.create();
        }
        this.body = body;
        this.orelse = orelse;
        this.state = state;
        this.phaseSlot = phaseSlot;
        this.iteratorSlot = iteratorSlot;
    }

    public static GeneratorLoopNode whileLoop(PyExpressionNode test, PyStatementNode body, PyStatementNode orelse, GeneratorState state, int phaseSlot) {
        return new GeneratorLoopNode(test, null, null, body, orelse, state, phaseSlot, -1);
    }

    public static GeneratorLoopNode forLoop(WriteTargetNode target, PyExpressionNode iterable, PyStatementNode body, PyStatementNode orelse, GeneratorState state,
                    int phaseSlot, int iteratorSlot) {
        return new GeneratorLoopNode(null, iterable, target, body, orelse, state, phaseSlot, iteratorSlot);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = state.isResuming(frame) ? frame.getInt(phaseSlot) : START;
        if (phase == START && iterable != null) {
            frame.setInt(phaseSlot, START);
            frame.setObject(iteratorSlot, getIterator.execute(iterable.executeGeneric(frame)));
        }
        if (phase != ELSE) {
            boolean broken = false;
            while (phase == BODY || advance(frame)) {
                phase = START;
                frame.setInt(phaseSlot, BODY);
                try {
                    body.executeVoid(frame);
                } catch (BreakException e) {
                    broken = true;
                    break;
                } catch (ContinueException e) {
                    // next iteration
                }
            }
            if (iterable != null) {
                frame.setObject(iteratorSlot, null);
            }
            if (broken) {
                return;
            }
        }
        if (orelse != null) {
            frame.setInt(phaseSlot, ELSE);
            orelse.executeVoid(frame);
        }
    }

    /** Tests the condition, or assigns the next item: false when the loop is done. */
    private boolean advance(VirtualFrame frame) {
        if (test != null) {
            frame.setInt(phaseSlot, START);
            return ToBooleanNode.outcome(test, frame);
        }
        Object item = next.execute(frame.getObject(iteratorSlot));
        if (item == null) {
            return false;
        }
        target.executeWrite(frame, item);
        return true;
    }
}
