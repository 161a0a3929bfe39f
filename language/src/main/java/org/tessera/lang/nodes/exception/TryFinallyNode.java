package org.tessera.lang.nodes.exception;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.TryBlockTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code try: body finally: finalbody}. The final block runs however the body ends: normally,
 * by {@code break}/{@code continue}/{@code return} (which then go on), or by an exception (which
 * is re-raised unless the final block itself leaves by another way).
 */
public final class TryFinallyNode extends PyStatementNode {
    @Child private PyStatementNode body;
    @Child private PyStatementNode finalbody;

    public TryFinallyNode(PyStatementNode body, PyStatementNode finalbody) {
        this.body = body;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (ControlFlowException jump) {
            finalbody.executeVoid(frame);
            throw jump;
        } catch (PyException e) {
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
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == TryBlockTag.class || super.hasTag(tag);
    }
}
