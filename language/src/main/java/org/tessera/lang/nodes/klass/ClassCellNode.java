package org.tessera.lang.nodes.klass;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyNone;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The class body's {@code __class__} cell (or None): what the body hands back so super() can find the class. */
public final class ClassCellNode extends PyExpressionNode {
    private final int slot;

    public ClassCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return slot < 0 ? PyNone.NONE : frame.getObject(slot);
    }
}
