package org.tessera.lang.builtins.tiles;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.root.PyRootNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * The frame of one task: called with {@code (f, *args)}, runs {@code f(*args)} through a
 * {@link TaskNode}. Each task has a frame of its own, so a tool walking the stack sees where a
 * task begins; internal, as tracebacks show only Python frames.
 */
final class TaskRootNode extends PyRootNode {
    @Child private PyExpressionNode body;

    TaskRootNode(TesseraLanguage language) {
        super(language, null, "tiles.task", TilesModule.SOURCE.createSection(0, TilesModule.SOURCE.getLength()));
        this.body = TilesModule.at(new TaskNode(), "task(f, *args): return f(*args)");
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.executeGeneric(frame);
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
