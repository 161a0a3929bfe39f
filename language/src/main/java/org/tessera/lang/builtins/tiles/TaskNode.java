package org.tessera.lang.builtins.tiles;

import java.util.Arrays;

import org.tessera.lang.TesseraTags.TaskTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.call.DispatchNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code f(*args)} for one task: frame argument 0 is {@code f}, the rest its arguments. For tools, one task ({@code TaskTag}). */
final class TaskNode extends PyExpressionNode {
    private static final Object[] NO_KEYWORD_VALUES = new Object[0];

    @Child private DispatchNode call = DispatchNode.create();

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        return call.execute(frame, arguments[0], Arrays.copyOfRange(arguments, 1, arguments.length), NO_KEYWORD_VALUES);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == TaskTag.class;
    }
}
