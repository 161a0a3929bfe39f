package org.tessera.lang.builtins.tiles;

import org.tessera.lang.TesseraTags.BarrierTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyNone;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code tiles.barrier()}: every spawned task has already run, so there is nothing to wait for here; tools see a barrier. */
final class BarrierNode extends PyExpressionNode {
    BarrierNode() {
        TilesModule.at(this, "barrier(): wait_for_spawned_tasks()");
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return PyNone.NONE;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == BarrierTag.class;
    }
}
