package org.tessera.lang.nodes.control;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.exception.ExceptionChaining;
import org.tessera.lang.nodes.generator.GeneratorState;
import org.tessera.lang.nodes.generator.YieldException;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * {@code with manager as target: body}: calls {@code __enter__}, runs the body, and calls
 * {@code __exit__} however the body ends; a true result from {@code __exit__} swallows the
 * exception. Inside a generator, the manager is kept in a frame slot so that a yield in the body
 * suspends without leaving the block, and the replay does not enter again.
 */
public final class WithNode extends PyStatementNode {
    @Child private PyExpressionNode manager;
    @Child private WriteTargetNode target;
    @Child private PyStatementNode body;
    private final int managerSlot;
    /** Non-null inside a generator. */
    private final GeneratorState state;

    public WithNode(PyExpressionNode manager, WriteTargetNode target, PyStatementNode body, int managerSlot, GeneratorState state) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.managerSlot = managerSlot;
        this.state = state;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr;
        Object entered = null;
        boolean bind = false;
        if (state != null && state.isResuming(frame) && frame.getObject(managerSlot) != null) {
            mgr = frame.getObject(managerSlot);
        } else {
            mgr = manager.executeGeneric(frame);
            entered = enter(mgr);
            frame.setObject(managerSlot, mgr);
            bind = target != null;
        }
        try {
            if (bind) {
                target.executeWrite(frame, entered);
            }
            body.executeVoid(frame);
        } catch (YieldException suspend) {
            throw suspend;
        } catch (ControlFlowException jump) {
            frame.setObject(managerSlot, null);
            exit(mgr, null);
            throw jump;
        } catch (PyException e) {
            frame.setObject(managerSlot, null);
            if (!exitWithException(mgr, e)) {
                throw e;
            }
            return;
        }
        frame.setObject(managerSlot, null);
        exit(mgr, null);
    }

    @TruffleBoundary
    private Object enter(Object mgr) {
        return Location.at(this, () -> {
            PyType type = PyObjects.typeOf(mgr);
            Object enterMethod = type.lookup("__enter__");
            if (enterMethod == null || type.lookup("__exit__") == null) {
                throw PyErrors.typeError(null, "'%s' object does not support the context manager protocol", type.getName());
            }
            return CallSupport.call(enterMethod, mgr);
        });
    }

    @TruffleBoundary
    private Object exit(Object mgr, PyException e) {
        return Location.at(this, () -> {
            Object exitMethod = PyObjects.typeOf(mgr).lookup("__exit__");
            if (e == null) {
                return CallSupport.call(exitMethod, mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            return CallSupport.call(exitMethod, mgr, e.getPythonException().getPyType(), e.getPythonException(), new org.tessera.lang.runtime.PyTraceback(e.getPythonException()));
        });
    }

    @TruffleBoundary
    private boolean exitWithException(Object mgr, PyException e) {
        TesseraContext context = TesseraContext.get(this);
        context.pushHandledException(e);
        try {
            return PyObjects.isTrue(exit(mgr, e));
        } catch (PyException escaping) {
            ExceptionChaining.chain(escaping, e);
            throw escaping;
        } finally {
            context.popHandledException();
        }
    }
}
