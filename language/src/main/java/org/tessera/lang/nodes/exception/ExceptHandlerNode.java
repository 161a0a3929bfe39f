package org.tessera.lang.nodes.exception;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** One {@code except Type as name: body} clause. The name is unbound again when the clause ends. */
public final class ExceptHandlerNode extends Node {
    @Child private PyExpressionNode type;
    @Child private WriteTargetNode name;
    @Child private PyStatementNode unbindName;
    @Child private PyStatementNode body;

    public ExceptHandlerNode(PyExpressionNode type, WriteTargetNode name, PyStatementNode unbindName, PyStatementNode body) {
        this.type = type;
        this.name = name;
        this.unbindName = unbindName;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, PyException e) {
        if (type == null) {
            return true;
        }
        return matches(type.executeGeneric(frame), e);
    }

    @TruffleBoundary
    private boolean matches(Object expected, PyException e) {
        PyType actual = e.getPythonException().getPyType();
        if (expected instanceof PyTuple tuple) {
            for (Object t : tuple.getItems()) {
                if (isSubclass(actual, t)) {
                    return true;
                }
            }
            return false;
        }
        return isSubclass(actual, expected);
    }

    private boolean isSubclass(PyType actual, Object expected) {
        if (expected instanceof PyType t && t.isSubtypeOf(org.tessera.lang.runtime.PyObjects.types().error(ErrorType.BaseException))) {
            return actual.isSubtypeOf(t);
        }
        throw PyErrors.typeError(this, "catching classes that do not inherit from BaseException is not allowed");
    }

    void run(VirtualFrame frame, PyException e) {
        run(frame, e, true);
    }

    /** Runs the clause; {@code bindName} is false when a generator resumes inside it (the name is bound already). */
    public void run(VirtualFrame frame, PyException e, boolean bindName) {
        if (name == null) {
            body.executeVoid(frame);
            return;
        }
        if (bindName) {
            name.executeWrite(frame, e.getPythonException());
        }
        try {
            body.executeVoid(frame);
        } catch (org.tessera.lang.nodes.generator.YieldException suspend) {
            throw suspend;
        } catch (Throwable t) {
            unbindName.executeVoid(frame);
            throw t;
        }
        unbindName.executeVoid(frame);
    }
}
