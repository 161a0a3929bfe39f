package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name}. */
public final class GetAttributeNode extends PyExpressionNode {
    @Child private PyExpressionNode receiver;
    private final String name;

    public GetAttributeNode(PyExpressionNode receiver, String name) {
        this.receiver = receiver;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return get(receiver.executeGeneric(frame));
    }

    @TruffleBoundary
    private Object get(Object object) {
        return Location.at(this, () -> AttributeOps.getAttribute(object, name));
    }
}
