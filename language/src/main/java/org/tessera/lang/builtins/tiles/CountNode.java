package org.tessera.lang.builtins.tiles;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code tiles.count()}: the number of tiles of the modelled machine, 1 without one. */
final class CountNode extends PyExpressionNode {
    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return TilesModule.tileCount(TesseraContext.get(this));
    }
}
