package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.ElementReadTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.Subscripts;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code receiver[key]}; in-range int indexing of lists and tuples is inline. For tools an element read: input 0 the receiver, input 1 the key. */
@NodeChild("receiver")
@NodeChild("key")
public abstract class GetItemNode extends PyExpressionNode {

    public abstract Object executeWith(VirtualFrame frame, Object receiver, Object key);

    @Specialization(guards = {"list.isExact()", "inBounds(index, list.size())"})
    protected static Object getList(PyList list, long index) {
        return list.get((int) (index < 0 ? index + list.size() : index));
    }

    @Specialization(guards = {"tuple.isExact()", "inBounds(index, tuple.size())"})
    protected static Object getTuple(PyTuple tuple, long index) {
        return tuple.get((int) (index < 0 ? index + tuple.size() : index));
    }

    @Specialization(guards = "dict.isExact()")
    protected Object getDict(PyDict dict, Object key) {
        return Location.at(this, () -> Subscripts.getItem(dict, key));
    }

    protected static boolean inBounds(long index, int size) {
        return index < 0 ? index >= -size : index < size;
    }

    @Fallback
    protected Object getGeneric(Object receiver, Object key) {
        return Location.at(this, () -> Subscripts.getItem(receiver, key));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ElementReadTag.class || super.hasTag(tag);
    }
}
