package org.tessera.lang.nodes.function;

import org.tessera.lang.TesseraTags.AllocationTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.control.GetIteratorNode;
import org.tessera.lang.nodes.control.GetIteratorNodeGen;
import org.tessera.lang.runtime.PyFunction;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * Runs a comprehension or generator expression: its outermost iterable is evaluated (and
 * {@code iter()} taken) here, in the enclosing scope, then the comprehension's own function is
 * called with that iterator as its one argument, as CPython does.
 */
public final class ComprehensionCallNode extends PyExpressionNode {
    @Child private MakeFunctionNode function;
    @Child private PyExpressionNode iterable;
    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();
    @Child private DirectCallNode call;
    /** What it makes, for tools: "list", "set", "dict" or "generator". */
    private final String type;

    public ComprehensionCallNode(MakeFunctionNode function, PyExpressionNode iterable, String type) {
        this.function = function;
        this.type = type;
        this.iterable = iterable;
        this.call = DirectCallNode.create(function.getCode().getCallTarget());
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PyFunction f = (PyFunction) function.executeGeneric(frame);
        Object iterator = getIterator.execute(iterable.executeGeneric(frame));
        return call.call(f, iterator);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AllocationTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("type", type);
    }
}
