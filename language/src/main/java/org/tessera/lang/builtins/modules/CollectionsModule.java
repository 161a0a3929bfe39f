package org.tessera.lang.builtins.modules;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.BuiltinRegistry;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.CompareOp;
import org.tessera.lang.runtime.CompareOps;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyBuiltinFunction;
import org.tessera.lang.runtime.PyDeque;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PySingleton;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.Sequences;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.iterator.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code _collections}: the parts of {@code collections} implemented in Java for speed, as in
 * CPython. Only {@code deque}; the bundled {@code collections.py} imports it from here.
 */
public final class CollectionsModule {
    private CollectionsModule() {
    }

    @TruffleBoundary
    public static PyModule create(BuiltinRegistry registry) {
        PyType dequeType = new PyType("deque", "collections", new PyType[]{PyObjects.types().objectType}, true);
        for (NodeFactory<? extends PyBuiltinNode> factory : CollectionsModuleFactory.getFactories()) {
            PyBuiltinFunction f = registry.makeFunction(factory, dequeType);
            dequeType.setAttribute(f.getName(), f.getName().equals("maxlen") ? new org.tessera.lang.runtime.PyProperty(f, null, null, null) : f);
        }
        dequeType.setAttribute("__hash__", PyNone.NONE);
        Map<String, Object> members = new HashMap<>();
        members.put("deque", dequeType);
        members.put("__name__", "_collections");
        return new PyModule("_collections", members::get);
    }

    static PyDeque self(Object self, String method) {
        if (self instanceof PyDeque d) {
            return d;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    static int index(PyDeque deque, Object key) {
        if (!Numbers.isInt(key)) {
            throw PyErrors.typeError(null, "sequence index must be integer, not '%s'", PyErrors.typeName(key));
        }
        long i = Numbers.asIndex(key);
        if (i < 0) {
            i += deque.size();
        }
        if (i < 0 || i >= deque.size()) {
            throw PyErrors.indexError(null, "deque index out of range");
        }
        return (int) i;
    }

    /** Iterates a deque; mutating the deque meanwhile is an error, as in CPython. */
    static final class DequeIterator extends PyIterator {
        private final PyDeque deque;
        private final long state;
        private final boolean reversed;
        private int next;

        DequeIterator(PyDeque deque, boolean reversed) {
            this.deque = deque;
            this.state = deque.getState();
            this.reversed = reversed;
        }

        @Override
        public Object next() {
            if (next >= deque.size()) {
                return null;
            }
            if (deque.getState() != state) {
                next = Integer.MAX_VALUE;
                throw PyErrors.runtimeError(null, "deque mutated during iteration");
            }
            int i = next++;
            return deque.get(reversed ? deque.size() - 1 - i : i);
        }

        @Override
        public int lengthHint() {
            return Math.max(0, deque.size() - next);
        }

        @Override
        public String getTypeName() {
            return reversed ? "_collections._deque_reverse_iterator" : "_collections._deque_iterator";
        }
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static Object create(PyType cls, @SuppressWarnings("unused") PyTuple args, @SuppressWarnings("unused") PyDict kwargs) {
            return new PyDeque(cls);
        }
    }

    @Builtin(name = "__init__", params = {"self", "iterable?", "maxlen?"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object init(Object self, Object iterable, Object maxlen) {
            PyDeque deque = self(self, "__init__");
            int max = -1;
            if (given(maxlen) && maxlen != PyNone.NONE) {
                if (!Numbers.isInt(maxlen)) {
                    throw PyErrors.typeError(null, "an integer is required");
                }
                long m = Numbers.asIndex(maxlen);
                if (m < 0) {
                    throw PyErrors.valueError(null, "maxlen must be non-negative");
                }
                max = (int) Math.min(Integer.MAX_VALUE, m);
            }
            Object[] items = isNoValue(iterable) ? new Object[0] : Iteration.toArray(iterable);
            deque.clear();
            deque.setMaxlen(max);
            for (Object item : items) {
                deque.append(item);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "append", params = {"self", "x", "/"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PyBuiltinNode {
        @Specialization
        protected static Object append(PyDeque self, Object x) {
            self.append(x);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "appendleft", params = {"self", "x", "/"})
    @GenerateNodeFactory
    public abstract static class AppendLeftNode extends PyBuiltinNode {
        @Specialization
        protected static Object appendleft(PyDeque self, Object x) {
            self.appendLeft(x);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PyBuiltinNode {
        @Specialization
        protected static Object pop(PyDeque self) {
            return self.pop();
        }
    }

    @Builtin(name = "popleft", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopLeftNode extends PyBuiltinNode {
        @Specialization
        protected static Object popleft(PyDeque self) {
            return self.popLeft();
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object extend(Object self, Object iterable) {
            PyDeque deque = self(self, "extend");
            for (Object item : Iteration.toArray(iterable == deque ? new PyTuple(deque.toArray()) : iterable)) {
                deque.append(item);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "extendleft", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    public abstract static class ExtendLeftNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object extendleft(Object self, Object iterable) {
            PyDeque deque = self(self, "extendleft");
            for (Object item : Iteration.toArray(iterable == deque ? new PyTuple(deque.toArray()) : iterable)) {
                deque.appendLeft(item);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PyBuiltinNode {
        @Specialization
        protected static Object clear(Object self) {
            self(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PyBuiltinNode {
        @Specialization
        protected static Object copy(Object self) {
            return copyOf(self(self, "copy"));
        }
    }

    @Builtin(name = "__copy__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class DunderCopyNode extends PyBuiltinNode {
        @Specialization
        protected static Object copy(Object self) {
            return copyOf(self(self, "__copy__"));
        }
    }

    @TruffleBoundary
    static PyDeque copyOf(PyDeque deque) {
        PyDeque copy = new PyDeque(deque.getPyType(PyObjects.types()));
        copy.setMaxlen(deque.getMaxlen());
        for (Object item : deque.toArray()) {
            copy.append(item);
        }
        return copy;
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(Object self, Object value) {
            long n = 0;
            for (Object item : self(self, "count").toArray()) {
                if (PyObjects.keyEquals(item, value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start?", "stop?", "/"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long index(Object self, Object value, Object start, Object stop) {
            PyDeque deque = self(self, "index");
            int n = deque.size();
            long from = isNoValue(start) ? 0 : clamp(Numbers.asClampedIndex(start), n);
            long to = isNoValue(stop) ? n : clamp(Numbers.asClampedIndex(stop), n);
            for (long i = from; i < to; i++) {
                if (PyObjects.keyEquals(deque.get((int) i), value)) {
                    return i;
                }
            }
            throw PyErrors.valueError(null, "%s is not in deque", PyObjects.repr(value));
        }

        private static long clamp(long i, int n) {
            if (i < 0) {
                i += n;
            }
            return Math.max(0, Math.min(n, i));
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "value", "/"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object insert(Object self, Object index, Object value) {
            PyDeque deque = self(self, "insert");
            if (deque.getMaxlen() >= 0 && deque.size() >= deque.getMaxlen()) {
                throw PyErrors.indexError(null, "deque already at its maximum size");
            }
            int n = deque.size();
            long i = Numbers.asClampedIndex(index);
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            i = Math.min(i, n);
            Object[] items = deque.toArray();
            Object[] result = new Object[n + 1];
            System.arraycopy(items, 0, result, 0, (int) i);
            result[(int) i] = value;
            System.arraycopy(items, (int) i, result, (int) i + 1, n - (int) i);
            deque.setContents(result);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object remove(Object self, Object value) {
            PyDeque deque = self(self, "remove");
            Object[] items = deque.toArray();
            for (int i = 0; i < items.length; i++) {
                if (PyObjects.keyEquals(items[i], value)) {
                    if (deque.size() != items.length) {
                        throw PyErrors.indexError(null, "deque mutated during remove().");
                    }
                    Object[] rest = new Object[items.length - 1];
                    System.arraycopy(items, 0, rest, 0, i);
                    System.arraycopy(items, i + 1, rest, i, items.length - i - 1);
                    deque.setContents(rest);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError(null, "%s is not in deque", PyObjects.repr(value));
        }
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object reverse(Object self) {
            PyDeque deque = self(self, "reverse");
            Object[] items = deque.toArray();
            for (int i = 0; i < items.length; i++) {
                deque.set(i, items[items.length - 1 - i]);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "rotate", params = {"self", "n?", "/"})
    @GenerateNodeFactory
    public abstract static class RotateNode extends PyBuiltinNode {
        @Specialization
        protected static Object rotate(Object self, Object n) {
            self(self, "rotate").rotate(isNoValue(n) ? 1 : Numbers.asClampedIndex(n));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "maxlen", params = {"self"})
    @GenerateNodeFactory
    public abstract static class MaxlenNode extends PyBuiltinNode {
        @Specialization
        protected static Object maxlen(Object self) {
            int m = self(self, "maxlen").getMaxlen();
            return m < 0 ? PyNone.NONE : (Object) (long) m;
        }
    }

    @Builtin(name = "__len__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PyBuiltinNode {
        @Specialization
        protected static long len(Object self) {
            return self(self, "__len__").size();
        }
    }

    @Builtin(name = "__bool__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class BoolNode extends PyBuiltinNode {
        @Specialization
        protected static boolean bool(Object self) {
            return self(self, "__bool__").size() > 0;
        }
    }

    @Builtin(name = "__getitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PyBuiltinNode {
        @Specialization
        protected static Object getitem(Object self, Object index) {
            PyDeque deque = self(self, "__getitem__");
            return deque.get(index(deque, index));
        }
    }

    @Builtin(name = "__setitem__", params = {"self", "index", "value", "/"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PyBuiltinNode {
        @Specialization
        protected static Object setitem(Object self, Object index, Object value) {
            PyDeque deque = self(self, "__setitem__");
            deque.set(index(deque, index), value);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = {"self", "index", "/"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object delitem(Object self, Object index) {
            PyDeque deque = self(self, "__delitem__");
            int i = index(deque, index);
            Object[] items = deque.toArray();
            Object[] rest = new Object[items.length - 1];
            System.arraycopy(items, 0, rest, 0, i);
            System.arraycopy(items, i + 1, rest, i, items.length - i - 1);
            deque.setContents(rest);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "__iter__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PyBuiltinNode {
        @Specialization
        protected static Object iter(Object self) {
            return new DequeIterator(self(self, "__iter__"), false);
        }
    }

    @Builtin(name = "__reversed__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReversedNode extends PyBuiltinNode {
        @Specialization
        protected static Object reversed(Object self) {
            return new DequeIterator(self(self, "__reversed__"), true);
        }
    }

    @Builtin(name = "__contains__", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean contains(Object self, Object value) {
            PyDeque deque = self(self, "__contains__");
            long state = deque.getState();
            for (int i = 0; i < deque.size(); i++) {
                if (PyObjects.keyEquals(deque.get(i), value)) {
                    return true;
                }
                if (deque.getState() != state) {
                    throw PyErrors.runtimeError(null, "deque mutated during iteration");
                }
            }
            return false;
        }
    }

    private static final ThreadLocal<IdentityHashMap<Object, Object>> REPR_IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);

    @Builtin(name = "__repr__", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static String repr(Object self) {
            PyDeque deque = self(self, "__repr__");
            String name = deque.getPyType(PyObjects.types()).getName();
            IdentityHashMap<Object, Object> inProgress = REPR_IN_PROGRESS.get();
            if (inProgress.containsKey(deque)) {
                return "[...]";
            }
            inProgress.put(deque, deque);
            try {
                StringBuilder sb = new StringBuilder(name).append("([");
                Object[] items = deque.toArray();
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(PyObjects.repr(items[i]));
                }
                sb.append(']');
                if (deque.getMaxlen() >= 0) {
                    sb.append(", maxlen=").append(deque.getMaxlen());
                }
                return sb.append(')').toString();
            } finally {
                inProgress.remove(deque);
            }
        }
    }

    @TruffleBoundary
    static Object compare(Object self, Object other, CompareOp op) {
        if (!(self instanceof PyDeque a) || !(other instanceof PyDeque b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Object[] x = a.toArray();
        Object[] y = b.toArray();
        int c = CompareOps.builtinCompare(new PyTuple(x), new PyTuple(y), op);
        return op.test(c);
    }

    @Builtin(name = "__eq__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PyBuiltinNode {
        @Specialization
        protected static Object eq(Object self, Object other) {
            return compare(self, other, CompareOp.EQ);
        }
    }

    @Builtin(name = "__ne__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PyBuiltinNode {
        @Specialization
        protected static Object ne(Object self, Object other) {
            return compare(self, other, CompareOp.NE);
        }
    }

    @Builtin(name = "__lt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PyBuiltinNode {
        @Specialization
        protected static Object lt(Object self, Object other) {
            return compare(self, other, CompareOp.LT);
        }
    }

    @Builtin(name = "__le__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PyBuiltinNode {
        @Specialization
        protected static Object le(Object self, Object other) {
            return compare(self, other, CompareOp.LE);
        }
    }

    @Builtin(name = "__gt__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PyBuiltinNode {
        @Specialization
        protected static Object gt(Object self, Object other) {
            return compare(self, other, CompareOp.GT);
        }
    }

    @Builtin(name = "__ge__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PyBuiltinNode {
        @Specialization
        protected static Object ge(Object self, Object other) {
            return compare(self, other, CompareOp.GE);
        }
    }

    @Builtin(name = "__add__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object add(Object self, Object other) {
            PyDeque deque = self(self, "__add__");
            if (!(other instanceof PyDeque o)) {
                throw PyErrors.typeError(null, "can only concatenate deque (not \"%s\") to deque", PyErrors.typeName(other));
            }
            PyDeque result = copyOf(deque);
            for (Object item : o.toArray()) {
                result.append(item);
            }
            return result;
        }
    }

    @Builtin(name = "__iadd__", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class IaddNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object iadd(Object self, Object other) {
            PyDeque deque = self(self, "__iadd__");
            for (Object item : Iteration.toArray(other == deque ? new PyTuple(deque.toArray()) : other)) {
                deque.append(item);
            }
            return deque;
        }
    }

    @Builtin(name = "__mul__", params = {"self", "n", "/"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object mul(Object self, Object n) {
            PyDeque deque = self(self, "__mul__");
            if (!Numbers.isInt(n)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyDeque result = new PyDeque(deque.getPyType(PyObjects.types()));
            result.setMaxlen(deque.getMaxlen());
            for (Object item : Sequences.repeat(deque.toArray(), Numbers.asIndex(n))) {
                result.append(item);
            }
            return result;
        }
    }
}
