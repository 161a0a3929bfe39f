package org.tessera.lang.nodes.literal;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PySet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code {a, b, *c}}: elements are added left to right, as CPython builds a set display. */
public final class SetDisplayNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] elements;
    @Child private SequenceBuilderNode builder;

    public SetDisplayNode(PyExpressionNode[] elements, boolean[] starred) {
        this.elements = elements;
        this.builder = SequenceBuilderNode.create(starred);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return build(builder.build(frame, elements));
    }

    @TruffleBoundary
    private PySet build(Object[] items) {
        return Location.at(this, () -> {
            PySet set = new PySet();
            for (Object item : items) {
                set.add(item);
            }
            return set;
        });
    }
}
