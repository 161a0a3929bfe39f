package org.tessera.lang.builtins.tiles;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraTags.ParallelTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * {@code tiles.spawn(f, *args)}: runs {@code f(*args)} now, as one task, and returns its
 * {@link PyTask} handle. For tools, a parallel region of one task whose return value is the handle.
 */
final class SpawnNode extends PyExpressionNode {
    @Child private DirectCallNode task;
    private final PyType taskType;

    SpawnNode(RootCallTarget task, PyType taskType) {
        this.task = DirectCallNode.create(task);
        this.taskType = taskType;
        TilesModule.at(this, "spawn(f, *args): return Task(task(f, *args))");
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object[] arguments = frame.getArguments();
        Object[] items = ((PyTuple) arguments[2]).getItems();
        Object[] call = new Object[items.length + 1];
        call[0] = arguments[1];
        System.arraycopy(items, 0, call, 1, items.length);
        long id = TesseraContext.get(this).nextTaskId();
        return new PyTask(taskType, id, task.call(call));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ParallelTag.class;
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("kind", "spawn");
    }
}
