package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.AllocationTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PySet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code {a, b, *c}}: elements are added left to right, as CPython builds a set display. */
public final class SetDisplayNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] elements;
    @Child private SequenceBuilderNode builder;
    /** True for more than two constant elements, which CPython folds into a frozenset constant. */
    private final boolean folded;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal private PySet constant;

    public SetDisplayNode(PyExpressionNode[] elements, boolean[] starred, boolean allConstant) {
        this.elements = elements;
        this.builder = SequenceBuilderNode.create(starred);
        this.folded = allConstant && elements.length > 2;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (folded) {
            if (constant == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                constant = foldConstant(builder.build(frame, elements));
            }
            return copyOf(constant);
        }
        return build(builder.build(frame, elements));
    }

    /**
     * The frozenset constant as CPython's compiler leaves it: made from the elements in order,
     * then made again from that set's iteration order when constants are merged. The set
     * display then copies its table, so the iteration order matches CPython's exactly.
     */
    @TruffleBoundary
    private PySet foldConstant(Object[] items) {
        return Location.at(this, () -> {
            PySet first = new PySet(true);
            for (Object item : items) {
                first.add(item);
            }
            PySet merged = new PySet(true);
            for (int i = 0; i < first.tableSize(); i++) {
                Object key = first.keyAt(i);
                if (key != null) {
                    merged.add(key);
                }
            }
            return merged;
        });
    }

    @TruffleBoundary
    private static PySet copyOf(PySet constant) {
        return constant.copy(false);
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

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AllocationTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("type", "set");
    }
}
