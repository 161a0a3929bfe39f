package org.tessera.lang.nodes.access;

import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code receiver.name}. */
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
}
