package org.tessera.lang.nodes.generator;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.exception.ExceptHandlerNode;
import org.tessera.lang.nodes.exception.ExceptionChaining;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * {@code try/except/else/finally} containing a yield. Its phase (body, handler i, else, finally
 * after what) and the pending exception or jump live in frame slots; a suspension (a yield
 * unwinding through it) runs no handler and no final block.
 */
public final class GeneratorTryNode extends PyStatementNode {
    private static final int BODY = 0;
    private static final int ELSE = -1;
    private static final int FINALLY_NORMAL = -2;
    private static final int FINALLY_EXCEPTION = -3;
    private static final int FINALLY_JUMP = -4;
    /** Phases from here up are "in handler (phase - HANDLER)". */
    private static final int HANDLER = 1;

    @Child private PyStatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private PyStatementNode orelse;
    @Child private PyStatementNode finalbody;
    private final GeneratorState state;
    private final int phaseSlot;
    private final int pendingSlot;

    public GeneratorTryNode(PyStatementNode body, ExceptHandlerNode[] handlers, PyStatementNode orelse, PyStatementNode finalbody, GeneratorState state,
                    int phaseSlot, int pendingSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.state = state;
        this.phaseSlot = phaseSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int phase = state.isResuming(frame) ? frame.getInt(phaseSlot) : BODY;
        if (phase <= FINALLY_NORMAL) {
            runFinally(frame, phase);
            return;
        }
        try {
            runTry(frame, phase);
        } catch (YieldException suspend) {
            throw suspend;
        } catch (ControlFlowException jump) {
            if (finalbody == null) {
                throw jump;
            }
            frame.setObject(pendingSlot, jump);
            runFinally(frame, FINALLY_JUMP);
            return;
        } catch (PyException e) {
            if (finalbody == null) {
                throw e;
            }
            frame.setObject(pendingSlot, e);
            runFinally(frame, FINALLY_EXCEPTION);
            return;
        }
        if (finalbody != null) {
            runFinally(frame, FINALLY_NORMAL);
        }
    }

    /** The try part proper: body, then a handler or the else clause. */
    private void runTry(VirtualFrame frame, int startPhase) {
        int phase = startPhase;
        if (phase == BODY) {
            frame.setInt(phaseSlot, BODY);
            try {
                body.executeVoid(frame);
                phase = ELSE;
            } catch (PyException e) {
                int handler = matchingHandler(frame, e);
                if (handler < 0) {
                    throw e;
                }
                PyException outer = TesseraContext.get(this).getHandledException();
                if (outer != null) {
                    ExceptionChaining.chain(e, outer);
                }
                frame.setObject(pendingSlot, e);
                frame.setInt(phaseSlot, HANDLER + handler);
                runHandler(frame, handler, e, true);
                return;
            }
        }
        if (phase >= HANDLER) {
            runHandler(frame, phase - HANDLER, (PyException) frame.getObject(pendingSlot), false);
            return;
        }
        if (orelse != null) {
            frame.setInt(phaseSlot, ELSE);
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private int matchingHandler(VirtualFrame frame, PyException e) {
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i].matches(frame, e)) {
                return i;
            }
        }
        return -1;
    }

    @ExplodeLoop
    private void runHandler(VirtualFrame frame, int index, PyException e, boolean bindName) {
        for (int i = 0; i < handlers.length; i++) {
            if (i == index) {
                TesseraContext context = TesseraContext.get(this);
                context.pushHandledException(e);
                try {
                    handlers[i].run(frame, e, bindName);
                } catch (PyException escaping) {
                    ExceptionChaining.chain(escaping, e);
                    throw escaping;
                } finally {
                    context.popHandledException();
                }
            }
        }
    }

    private void runFinally(VirtualFrame frame, int phase) {
        frame.setInt(phaseSlot, phase);
        Object pending = phase == FINALLY_NORMAL ? null : frame.getObject(pendingSlot);
        if (pending instanceof PyException e) {
            TesseraContext context = TesseraContext.get(this);
            context.pushHandledException(e);
            try {
                finalbody.executeVoid(frame);
            } catch (PyException escaping) {
                ExceptionChaining.chain(escaping, e);
                throw escaping;
            } finally {
                context.popHandledException();
            }
            throw e;
        }
        finalbody.executeVoid(frame);
        if (pending instanceof ControlFlowException jump) {
            throw jump;
        }
    }
}
