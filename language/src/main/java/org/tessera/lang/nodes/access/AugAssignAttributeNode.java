package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.arithmetic.PyBinaryNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name OP= value}: the receiver is evaluated once. */
public final class AugAssignAttributeNode extends PyStatementNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode value;
    @Child private PyBinaryNode operator;
    private final String name;

    public AugAssignAttributeNode(PyExpressionNode receiver, String name, PyBinaryNode operator, PyExpressionNode value) {
        this.receiver = receiver;
        this.name = name;
        this.operator = operator;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object object = receiver.executeGeneric(frame);
        Object old = get(object);
        Object result = operator.executeWith(frame, old, value.executeGeneric(frame));
        set(object, result);
    }

    @TruffleBoundary
    private Object get(Object object) {
        return Location.at(this, () -> AttributeOps.getAttribute(object, name));
    }

    @TruffleBoundary
    private void set(Object object, Object result) {
        Location.run(this, () -> AttributeOps.setAttribute(object, name, result));
    }
}
