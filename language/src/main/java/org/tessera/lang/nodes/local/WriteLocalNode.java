package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.WriteVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * Assigns a local variable, keeping the slot primitive while every value written has the same
 * primitive kind. Used with a value child for {@code x = e}, or through
 * {@link #executeWrite} by loops, unpacking and function prologues.
 */
@NodeChild(value = "value", type = PyExpressionNode.class)
public abstract class WriteLocalNode extends WriteTargetNode {
    protected final int slot;
    private final String name;

    protected WriteLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    public abstract void executeWriteLong(VirtualFrame frame, long value);

    @Specialization(guards = "isKind(frame, LONG)")
    protected void writeLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Long);
        frame.setLong(slot, value);
    }

    @Specialization(guards = "isKind(frame, DOUBLE)")
    protected void writeDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN)")
    protected void writeBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"writeLong", "writeDouble", "writeBoolean"})
    protected void writeObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    protected static final FrameSlotKind LONG = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN = FrameSlotKind.Boolean;

    /** The slot still holds {@code kind}, or nothing has been written yet. */
    protected boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind current = frame.getFrameDescriptor().getSlotKind(slot);
        return current == kind || current == FrameSlotKind.Illegal;
    }

    public String getName() {
        return name;
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
