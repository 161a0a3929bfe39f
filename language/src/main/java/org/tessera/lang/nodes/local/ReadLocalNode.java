package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.ReadVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * Reads a local variable. The slot holds a primitive while every write stored the same
 * primitive kind; once mixed, values are boxed. An empty slot is an unbound variable.
 */
public abstract class ReadLocalNode extends PyExpressionNode {
    protected final int slot;
    private final String name;

    protected ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long readLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double readDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean readBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"readLong", "readDouble", "readBoolean"})
    protected Object readObject(VirtualFrame frame) {
        Object value;
        if (frame.isObject(slot)) {
            value = frame.getObject(slot);
        } else {
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(slot);
            frame.setObject(slot, value);
        }
        if (value == null) {
            throw PyErrors.unboundLocal(this, name);
        }
        if (value instanceof StringAccumulator accumulator) {
            return accumulator.value();
        }
        return value;
    }

    public String getName() {
        return name;
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
