package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.AttributeWriteTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code del receiver.name}; for tools an attribute write whose input 0 is the receiver. */
public final class DeleteAttributeNode extends PyStatementNode {
    @Child private PyExpressionNode receiver;
    private final String name;

    public DeleteAttributeNode(PyExpressionNode receiver, String name) {
        this.receiver = receiver;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        delete(receiver.executeGeneric(frame));
    }

    @TruffleBoundary
    private void delete(Object object) {
        Location.run(this, () -> AttributeOps.deleteAttribute(object, name));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AttributeWriteTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("name", name);
    }
}
