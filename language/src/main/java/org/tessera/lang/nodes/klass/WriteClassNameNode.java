package org.tessera.lang.nodes.klass;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.PyDict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** A name bound in a class body: an entry of the class namespace. */
public final class WriteClassNameNode extends WriteTargetNode {
    private final int namespaceSlot;
    private final String name;
    @Child private PyExpressionNode value;

    public WriteClassNameNode(int namespaceSlot, String name, PyExpressionNode value) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        store((PyDict) frame.getObject(namespaceSlot), newValue);
    }

    @TruffleBoundary
    private void store(PyDict namespace, Object newValue) {
        namespace.put(name, newValue);
    }
}
