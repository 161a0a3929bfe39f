package org.tessera.lang.nodes.access;

import org.tessera.lang.TesseraTags.ElementReadTag;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.Subscripts;

import org.tessera.lang.runtime.BuiltinTypes;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
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

    @Specialization(guards = {"deque.isExact()", "inBounds(index, deque.size())"})
    protected static Object getDeque(org.tessera.lang.runtime.PyDeque deque, long index) {
        return deque.get((int) (index < 0 ? index + deque.size() : index));
    }

    /**
     * In-range int indexing of an instance of a class derived from tuple (a namedtuple) or list
     * that keeps the built-in {@code __getitem__}; the class's stable assumption notices a
     * {@code __getitem__} defined later.
     */
    @Specialization(guards = {"tuple.getSubclass() == cachedType", "inherits", "inBounds(index, tuple.size())"}, assumptions = "cachedType.getStableAssumption()", limit = "3")
    protected static Object getTupleSubclass(PyTuple tuple, long index,
                    @Cached("tuple.getSubclass()") PyType cachedType,
                    @Cached("inheritsGetItem(cachedType)") boolean inherits) {
        return tuple.get((int) (index < 0 ? index + tuple.size() : index));
    }

    @Specialization(guards = {"list.getSubclass() == cachedType", "inherits", "inBounds(index, list.size())"}, assumptions = "cachedType.getStableAssumption()", limit = "3")
    protected static Object getListSubclass(PyList list, long index,
                    @Cached("list.getSubclass()") PyType cachedType,
                    @Cached("inheritsGetItem(cachedType)") boolean inherits) {
        return list.get((int) (index < 0 ? index + list.size() : index));
    }

    /** True if {@code type} (derived from a built-in container) finds its base's own {@code __getitem__}. */
    @TruffleBoundary
    protected static boolean inheritsGetItem(PyType type) {
        if (type == null) {
            return false;
        }
        BuiltinTypes types = PyObjects.types();
        PyType base = type.isSubtypeOf(types.tupleType) ? types.tupleType : type.isSubtypeOf(types.listType) ? types.listType : null;
        return base != null && type.lookup("__getitem__") == base.lookup("__getitem__");
    }

    @Specialization(guards = "dict.isExact()")
    protected Object getDict(PyDict dict, Object key) {
        return Location.at(this, () -> Subscripts.getItem(dict, key));
    }

    protected static boolean inBounds(long index, int size) {
        return index < 0 ? index >= -size : index < size;
    }

    @Specialization(replaces = {"getTupleSubclass", "getListSubclass"})
    protected Object getGeneric(Object receiver, Object key) {
        return Location.at(this, () -> Subscripts.getItem(receiver, key));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ElementReadTag.class || super.hasTag(tag);
    }
}
