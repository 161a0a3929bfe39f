package org.tessera.lang.nodes.local;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.arithmetic.PyBinaryNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.WriteVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code name += value} for a local variable. For a str that has grown long it appends in place
 * (see {@link StringAccumulator}), so building a string in a loop is linear as in CPython; every
 * other case is the in-place {@code +} and an ordinary store.
 */
public final class AugAddLocalNode extends PyStatementNode {
    @Child private ReadLocalNode read;
    @Child private PyExpressionNode value;
    @Child private PyBinaryNode add;
    @Child private WriteLocalNode write;
    private final int slot;
    private final String name;
    private final CountingConditionProfile accumulating = CountingConditionProfile.create();

    public AugAddLocalNode(int slot, String name, PyExpressionNode value, PyBinaryNode add) {
        this.slot = slot;
        this.name = name;
        this.read = ReadLocalNodeGen.create(slot, name);
        this.value = value;
        this.add = add;
        this.write = WriteLocalNodeGen.create(slot, name, null);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object current;
        if (accumulating.profile(frame.isObject(slot) && frame.getObject(slot) instanceof StringAccumulator)) {
            StringAccumulator accumulator = (StringAccumulator) frame.getObject(slot);
            Object right = value.executeGeneric(frame);
            if (right instanceof String s) {
                accumulator.append(s);
                return;
            }
            current = accumulator.value();
            write.executeWrite(frame, add.executeWith(frame, current, right));
            return;
        }
        current = read.executeGeneric(frame);
        Object right = value.executeGeneric(frame);
        if (current instanceof String left && right instanceof String s && left.length() + s.length() >= StringAccumulator.THRESHOLD) {
            frame.setObject(slot, new StringAccumulator(left, s));
            return;
        }
        write.executeWrite(frame, add.executeWith(frame, current, right));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ArithmeticTag.class || tag == WriteVariableTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of(WriteVariableTag.NAME, name, "name", name, "operator", "+=");
    }
}
