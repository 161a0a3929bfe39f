package org.tessera.lang.nodes.exception;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code raise}, {@code raise exc} and {@code raise exc from cause}. */
public final class RaiseNode extends PyStatementNode {
    @Child private PyExpressionNode exception;
    @Child private PyExpressionNode cause;

    public RaiseNode(PyExpressionNode exception, PyExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (exception == null) {
            PyException handled = TesseraContext.get(this).getHandledException();
            if (handled == null) {
                throw PyErrors.runtimeError(this, "No active exception to reraise");
            }
            throw handled;
        }
        Object value = exception.executeGeneric(frame);
        Object causeValue = cause == null ? null : cause.executeGeneric(frame);
        throw raise(value, causeValue);
    }

    @TruffleBoundary
    private PyException raise(Object value, Object causeValue) {
        return Location.at(this, () -> {
            PyBaseException e = toException(value, "exceptions must derive from BaseException");
            if (causeValue != null) {
                e.setCause(causeValue == PyNone.NONE ? null : toException(causeValue, "exception causes must derive from BaseException"));
            }
            return new PyException(e, this);
        });
    }

    private PyBaseException toException(Object value, String error) {
        if (value instanceof PyBaseException e) {
            return e;
        }
        if (value instanceof PyType type && type.isSubtypeOf(org.tessera.lang.runtime.PyObjects.types().error(ErrorType.BaseException))) {
            Object instance = CallSupport.call(type);
            if (instance instanceof PyBaseException e) {
                return e;
            }
            throw PyErrors.typeError(this, "calling %s should have returned an instance of BaseException, not %s", type, PyErrors.typeName(instance));
        }
        throw PyErrors.typeError(this, error);
    }
}
