package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyCell;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.ReadVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/** Reads a variable shared with inner or outer functions through its cell. */
public final class ReadCellNode extends PyExpressionNode {
    private final int slot;
    private final String name;
    private final boolean free;

    public ReadCellNode(int slot, String name, boolean free) {
        this.slot = slot;
        this.name = name;
        this.free = free;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = ((PyCell) frame.getObject(slot)).get();
        if (value == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreter();
            throw free ? PyErrors.unboundFree(this, name) : PyErrors.unboundLocal(this, name);
        }
        return value;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ReadVariableTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.readVariable(name);
    }
}
