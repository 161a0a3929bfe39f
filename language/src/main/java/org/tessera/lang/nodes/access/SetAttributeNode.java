package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.AttributeWriteTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code receiver.name = value}; for tools an attribute write whose input 0 is the receiver (input 1 the value, if it is a child). */
public final class SetAttributeNode extends WriteTargetNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode value;
    @Child private SetAttributeCacheNode set;
    private final String name;

    public SetAttributeNode(PyExpressionNode receiver, String name, PyExpressionNode value) {
        this.receiver = receiver;
        this.value = value;
        this.set = SetAttributeCacheNode.create(name);
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        set.execute(receiver.executeGeneric(frame), v);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        set.execute(receiver.executeGeneric(frame), newValue);
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
