package org.tessera.lang.builtins.tiles;

import org.tessera.lang.TesseraTags.ParallelTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.control.GetIteratorNode;
import org.tessera.lang.nodes.control.GetIteratorNodeGen;
import org.tessera.lang.nodes.control.NextNode;
import org.tessera.lang.nodes.control.NextNodeGen;
import org.tessera.lang.runtime.PyList;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * {@code tiles.map(f, xs)}: one task per item, taking the items one at a time as
 * {@code [f(x) for x in xs]} does; the results in a list. For tools, a parallel region whose
 * tasks are the {@code TaskTag} events inside it.
 */
final class ParallelMapNode extends PyExpressionNode {
    @Child private GetIteratorNode getIterator = GetIteratorNodeGen.create();
    @Child private NextNode next = NextNodeGen.create();
    @Child private DirectCallNode task;

    ParallelMapNode(RootCallTarget task) {
        this.task = DirectCallNode.create(task);
        TilesModule.at(this, "map(f, xs): return [task(f, x) for x in xs]");
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Object function = arguments[1];
        Object iterator = getIterator.execute(arguments[2]);
        PyList results = new PyList();
        for (Object item = next.execute(iterator); item != null; item = next.execute(iterator)) {
            results.append(task.call(function, item));
        }
        return results;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ParallelTag.class;
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("kind", "map");
    }
}
