package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.ElementWriteTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.Subscripts;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/** {@code receiver[key] = value}; in-range int stores into lists are inline. For tools an element write: input 0 the receiver, input 1 the key. */
public final class SetItemNode extends WriteTargetNode {
    @Child private PyExpressionNode receiver;
    @Child private PyExpressionNode key;
    @Child private PyExpressionNode value;
    private final CountingConditionProfile fastList = CountingConditionProfile.create();

    public SetItemNode(PyExpressionNode receiver, PyExpressionNode key, PyExpressionNode value) {
        this.receiver = receiver;
        this.key = key;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        executeWrite(frame, v);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        Object object = receiver.executeGeneric(frame);
        Object k = key.executeGeneric(frame);
        setItem(object, k, newValue);
    }

    /** Stores into an already evaluated receiver and key (augmented assignment). */
    public void setItem(Object object, Object k, Object newValue) {
        if (fastList.profile(object instanceof PyList && k instanceof Long)) {
            PyList list = (PyList) object;
            long index = (Long) k;
            int size = list.size();
            if (index < 0) {
                index += size;
            }
            if (index >= 0 && index < size) {
                list.set((int) index, newValue);
                return;
            }
        }
        setGeneric(object, k, newValue);
    }

    @TruffleBoundary
    private void setGeneric(Object object, Object k, Object newValue) {
        Location.run(this, () -> Subscripts.setItem(object, k, newValue));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ElementWriteTag.class || super.hasTag(tag);
    }
}
