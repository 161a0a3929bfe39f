package org.tessera.lang.nodes.exception;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.compare.ToBooleanNode;
import org.tessera.lang.nodes.compare.ToBooleanNodeGen;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code assert test, message}: the message is evaluated only when the test fails. */
public final class AssertNode extends PyStatementNode {
    @Child private ToBooleanNode test;
    @Child private PyExpressionNode message;

    public AssertNode(PyExpressionNode test, PyExpressionNode message) {
        this.test = ToBooleanNodeGen.create(test);
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.executeBoolean(frame)) {
            throw fail(message == null ? null : message.executeGeneric(frame));
        }
    }

    @TruffleBoundary
    private PyException fail(Object msg) {
        PyTuple args = msg == null ? PyTuple.EMPTY : PyTuple.of(msg);
        return new PyException(PyErrors.createWithArgs(org.tessera.lang.runtime.PyObjects.types().error(ErrorType.AssertionError), args), this);
    }
}
