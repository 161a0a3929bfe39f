package org.tessera.lang.nodes.function;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PySet;

import com.oracle.truffle.api.frame.VirtualFrame;

/** Creates the empty result of a comprehension in its slot (on {@code create}) or reads it back. */
public final class ComprehensionResultNode extends PyExpressionNode {
    /** What a comprehension builds. */
    public enum Kind {
        LIST, SET, DICT
    }

    private final int resultSlot;
    private final Kind kind;
    private final boolean create;

    public ComprehensionResultNode(int resultSlot, Kind kind, boolean create) {
        this.resultSlot = resultSlot;
        this.kind = kind;
        this.create = create;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (!create) {
            return frame.getObject(resultSlot);
        }
        switch (kind) {
            case LIST:
                return new PyList();
            case SET:
                return new PySet();
            default:
                return new PyDict();
        }
    }
}
