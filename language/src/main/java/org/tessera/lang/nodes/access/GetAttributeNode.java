package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.AttributeReadTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code receiver.name}; for tools an attribute read whose input 0 is the receiver. */
public final class GetAttributeNode extends PyExpressionNode {
    @Child private PyExpressionNode receiver;
    @Child private GetAttributeCacheNode get;
    private final String name;

    public GetAttributeNode(PyExpressionNode receiver, String name) {
        this.receiver = receiver;
        this.name = name;
        this.get = GetAttributeCacheNode.create(name);
    }

    public String getName() {
        return name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return get.execute(frame, receiver.executeGeneric(frame));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AttributeReadTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("name", name);
    }
}
