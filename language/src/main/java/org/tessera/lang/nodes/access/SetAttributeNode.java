package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name = value}. */
public final class SetAttributeNode extends WriteTargetNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode value;
    private final String name;

    public SetAttributeNode(PyExpressionNode receiver, String name, PyExpressionNode value) {
        this.receiver = receiver;
        this.name = name;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        set(receiver.executeGeneric(frame), v);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        set(receiver.executeGeneric(frame), newValue);
    }

    @TruffleBoundary
    private void set(Object object, Object newValue) {
        Location.run(this, () -> AttributeOps.setAttribute(object, name, newValue));
    }
}
