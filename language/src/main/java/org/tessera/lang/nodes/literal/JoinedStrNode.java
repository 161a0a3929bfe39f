package org.tessera.lang.nodes.literal;

import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** An f-string: the concatenation of its literal parts and formatted fields. */
public final class JoinedStrNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] parts;

    public JoinedStrNode(PyExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        String[] strings = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            strings[i] = (String) parts[i].executeGeneric(frame);
        }
        return join(strings);
    }

    @TruffleBoundary
    private static String join(String[] strings) {
        return String.join("", strings);
    }
}
