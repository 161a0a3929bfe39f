package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.ListSort;
import org.tessera.lang.runtime.Numbers;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.Sequences;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code list} methods. */
public final class ListBuiltins {
    private ListBuiltins() {
    }

    static PyList self(Object self, String method) {
        if (self instanceof PyList list) {
            return list;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    /**
     * {@code list(iterable)} fills the list at once; for a derived class {@code __new__} makes it
     * empty and {@code __init__} fills it, as in CPython.
     */
    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        protected static PyList create(PyType cls, PyTuple args, PyDict kwargs) {
            if (cls.isBuiltin()) {
                Object iterable = ContainerInit.singleArgument("list", args, kwargs);
                return iterable == null ? new PyList() : new PyList(Iteration.toArray(iterable));
            }
            PyList list = new PyList();
            list.setSubclass(cls);
            return list;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object init(Object self, PyTuple args, PyDict kwargs) {
            PyList list = self(self, "__init__");
            Object iterable = ContainerInit.singleArgument("list", args, kwargs);
            Object[] items = iterable == null ? new Object[0] : Iteration.toArray(iterable);
            list.setContents(items, items.length);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "append", params = {"self", "object", "/"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PyBuiltinNode {
        @Specialization
        protected static Object append(PyList self, Object object) {
            self.append(object);
            return PyNone.NONE;
        }

        @Specialization(replaces = "append")
        protected static Object appendChecked(Object self, Object object) {
            self(self, "append").append(object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "extend", params = {"self", "iterable", "/"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object extend(Object self, Object iterable) {
            PyList list = self(self, "extend");
            Object[] items = iterable == list ? list.toArray() : Iteration.toArray(iterable);
            list.replaceRange(list.size(), list.size(), items);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "insert", params = {"self", "index", "object", "/"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object insert(Object self, Object index, Object object) {
            PyList list = self(self, "insert");
            long i = Numbers.asClampedIndex(index);
            int n = list.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            } else if (i > n) {
                i = n;
            }
            list.insert((int) i, object);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self", "index?", "/"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object pop(Object self, Object index) {
            PyList list = self(self, "pop");
            if (list.size() == 0) {
                throw PyErrors.indexError(null, "pop from empty list");
            }
            long i = isNoValue(index) ? -1 : Numbers.asIndex(index);
            long j = i < 0 ? i + list.size() : i;
            if (j < 0 || j >= list.size()) {
                throw PyErrors.indexError(null, "pop index out of range");
            }
            return list.removeAt((int) j);
        }
    }

    @Builtin(name = "remove", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object remove(Object self, Object value) {
            PyList list = self(self, "remove");
            int i = Sequences.indexOf(list.getItems(), list.size(), value);
            if (i < 0) {
                throw PyErrors.valueError(null, "list.remove(x): x not in list");
            }
            list.removeAt(i);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "index", params = {"self", "value", "start?", "stop?", "/"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long index(Object self, Object value, Object start, Object stop) {
            PyList list = self(self, "index");
            int n = list.size();
            long from = isNoValue(start) ? 0 : clamp(Numbers.asClampedIndex(start), n);
            long to = isNoValue(stop) ? n : clamp(Numbers.asClampedIndex(stop), n);
            for (long i = from; i < to && i < list.size(); i++) {
                if (PyObjects.keyEquals(list.get((int) i), value)) {
                    return i;
                }
            }
            throw PyErrors.valueError(null, "%s is not in list", PyObjects.repr(value));
        }
    }

    /** A start/stop index clamped into [0, n] the way index() and count() treat them. */
    static long clamp(long i, int n) {
        if (i < 0) {
            return Math.max(0, i + n);
        }
        return Math.min(i, n);
    }

    @Builtin(name = "count", params = {"self", "value", "/"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static long count(Object self, Object value) {
            PyList list = self(self, "count");
            long n = 0;
            for (int i = 0; i < list.size(); i++) {
                if (PyObjects.keyEquals(list.get(i), value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @Builtin(name = "reverse", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object reverse(Object self) {
            PyList list = self(self, "reverse");
            Object[] items = list.getItems();
            for (int i = 0, j = list.size() - 1; i < j; i++, j--) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "sort", params = {"self", "*", "key?", "reverse?"})
    @GenerateNodeFactory
    public abstract static class SortNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object sort(Object self, Object key, Object reverse) {
            ListSort.sort(self(self, "sort"), isNoValue(key) ? null : key, given(reverse) && PyObjects.isTrue(reverse));
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
        protected static PyList copy(Object self) {
            return new PyList(self(self, "copy").toArray());
        }
    }
}
