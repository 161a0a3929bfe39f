package org.tessera.lang.nodes.literal;

import org.tessera.lang.TesseraTags.AllocationTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.DictOps;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code {k: v, **m}}; a null key marks a {@code **} entry. */
public final class DictDisplayNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] keys;
    @Children private final PyExpressionNode[] values;

    public DictDisplayNode(PyExpressionNode[] keys, PyExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PyDict dict = new PyDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                merge(dict, values[i].executeGeneric(frame));
            } else {
                Object key = keys[i].executeGeneric(frame);
                put(dict, key, values[i].executeGeneric(frame));
            }
        }
        return dict;
    }

    @TruffleBoundary
    private void put(PyDict dict, Object key, Object value) {
        Location.run(this, () -> dict.put(key, value));
    }

    @TruffleBoundary
    private void merge(PyDict dict, Object mapping) {
        Location.run(this, () -> {
            if (!(mapping instanceof PyDict) && PyObjects.typeOf(mapping).lookup("keys") == null) {
                throw PyErrors.typeError(null, "'%s' object is not a mapping", PyErrors.typeName(mapping));
            }
            DictOps.update(dict, mapping);
        });
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AllocationTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("type", "dict");
    }
}
