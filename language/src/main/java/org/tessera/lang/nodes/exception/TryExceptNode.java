package org.tessera.lang.nodes.exception;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.TryBlockTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

/** {@code try: body except ...: ... else: orelse}. */
public final class TryExceptNode extends PyStatementNode {
    @Child private PyStatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private PyStatementNode orelse;
    private final BranchProfile caught = BranchProfile.create();

    public TryExceptNode(PyStatementNode body, ExceptHandlerNode[] handlers, PyStatementNode orelse) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PyException e) {
            caught.enter();
            handle(frame, e);
            return;
        } catch (OutOfMemoryError e) {
            // the Java heap ran out: by now the allocation that failed is garbage, as in CPython
            caught.enter();
            handle(frame, PyErrors.raise(this, ErrorType.MemoryError, null));
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PyException e) {
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, e)) {
                TesseraContext context = TesseraContext.get(this);
                PyException outer = context.getHandledException();
                if (outer != null) {
                    ExceptionChaining.chain(e, outer);
                }
                context.pushHandledException(e);
                try {
                    handler.run(frame, e);
                } catch (PyException escaping) {
                    ExceptionChaining.chain(escaping, e);
                    throw escaping;
                } finally {
                    context.popHandledException();
                }
                return;
            }
        }
        throw e;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == TryBlockTag.class || super.hasTag(tag);
    }
}
