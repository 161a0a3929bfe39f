package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.ElementWriteTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.Subscripts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code del receiver[key]}. */
public final class DeleteItemNode extends PyStatementNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode key;

    public DeleteItemNode(PyExpressionNode receiver, PyExpressionNode key) {
        this.receiver = receiver;
        this.key = key;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object object = receiver.executeGeneric(frame);
        delete(object, key.executeGeneric(frame));
    }

    @TruffleBoundary
    private void delete(Object object, Object k) {
        Location.run(this, () -> Subscripts.deleteItem(object, k));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ElementWriteTag.class || super.hasTag(tag);
    }
}
