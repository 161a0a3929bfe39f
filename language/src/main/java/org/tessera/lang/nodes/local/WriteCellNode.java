package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyCell;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.WriteVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/** Assigns a variable that lives in a cell. */
public final class WriteCellNode extends WriteTargetNode {
    @Child private PyExpressionNode value;
    private final int slot;
    private final String name;

    public WriteCellNode(PyExpressionNode value, int slot, String name) {
        this.value = value;
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        ((PyCell) frame.getObject(slot)).set(newValue);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == WriteVariableTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.writeVariable(name);
    }
}
