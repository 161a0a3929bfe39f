package org.tessera.lang.builtins.tiles;

import org.tessera.lang.TesseraTags.JoinTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.ReadArgumentNode;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * {@code handle.result()}: the task's result. For tools, a join on one task: the handle is an
 * expression of its own, so an input filter on {@code ExpressionTag} delivers it as input 0.
 */
final class JoinNode extends PyExpressionNode {
    @Child private PyExpressionNode handle = TilesModule.at(new ReadArgumentNode(1), "join(self)");

    JoinNode() {
        TilesModule.at(this, "result(self): return join(self)");
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = handle.executeGeneric(frame);
        if (self instanceof PyTask task) {
            return task.getResult();
        }
        throw PyErrors.typeError(this, "descriptor 'result' for 'tiles.Task' objects doesn't apply to a '%s' object", PyErrors.typeName(self));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == JoinTag.class;
    }
}
