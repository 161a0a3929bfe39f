package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.DictOps;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyDictView;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.iterator.PyDictIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code dict} methods. */
public final class DictBuiltins {
    private DictBuiltins() {
    }

    static PyDict self(Object self, String method) {
        if (self instanceof PyDict dict) {
            return dict;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PyDict create(PyType cls, PyTuple args, PyDict kwargs) {
            PyDict dict = new PyDict();
            if (!cls.isBuiltin()) {
                dict.setSubclass(cls);
                return dict;
            }
            if (args.size() > 1) {
                throw PyErrors.typeError(null, "dict expected at most 1 argument, got %d", args.size());
            }
            if (args.size() == 1) {
                Object mapping = args.get(0);
                DictOps.update(dict, mapping);
            }
            DictOps.update(dict, kwargs);
            return dict;
        }
    }

    @Builtin(name = "__init__", params = {"self", "mapping?", "/", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object init(Object self, Object mapping, PyDict kwargs) {
            PyDict dict = self(self, "__init__");
            if (given(mapping)) {
                DictOps.update(dict, mapping);
            }
            DictOps.update(dict, kwargs);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "get", params = {"self", "key", "default?", "/"})
    @GenerateNodeFactory
    public abstract static class GetNode extends PyBuiltinNode {
        @Specialization
        protected static Object get(Object self, Object key, Object defaultValue) {
            Object value = self(self, "get").get(key);
            if (value == null) {
                return isNoValue(defaultValue) ? PyNone.NONE : defaultValue;
            }
            return value;
        }
    }

    @Builtin(name = "setdefault", params = {"self", "key", "default?", "/"})
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends PyBuiltinNode {
        @Specialization
        protected static Object setdefault(Object self, Object key, Object defaultValue) {
            PyDict dict = self(self, "setdefault");
            Object value = dict.get(key);
            if (value == null) {
                value = isNoValue(defaultValue) ? PyNone.NONE : defaultValue;
                dict.put(key, value);
            }
            return value;
        }
    }

    @Builtin(name = "pop", params = {"self", "key", "default?", "/"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PyBuiltinNode {
        @Specialization
        protected static Object pop(Object self, Object key, Object defaultValue) {
            Object value = self(self, "pop").remove(key);
            if (value == null) {
                if (isNoValue(defaultValue)) {
                    throw PyErrors.keyError(null, key);
                }
                return defaultValue;
            }
            return value;
        }
    }

    @Builtin(name = "popitem", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopItemNode extends PyBuiltinNode {
        @Specialization
        protected static Object popitem(Object self) {
            Object[] pair = self(self, "popitem").popLast();
            if (pair == null) {
                throw PyErrors.keyError(null, "popitem(): dictionary is empty");
            }
            return PyTuple.of(pair);
        }
    }

    @Builtin(name = "update", params = {"self", "other?", "/", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PyBuiltinNode {
        @Specialization
        protected static Object update(Object self, Object other, PyDict kwargs) {
            PyDict dict = self(self, "update");
            if (given(other)) {
                DictOps.update(dict, other);
            }
            DictOps.update(dict, kwargs);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "keys", params = {"self"})
    @GenerateNodeFactory
    public abstract static class KeysNode extends PyBuiltinNode {
        @Specialization
        protected static Object keys(Object self) {
            return new PyDictView(self(self, "keys"), PyDictIterator.Kind.KEYS);
        }
    }

    @Builtin(name = "values", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ValuesNode extends PyBuiltinNode {
        @Specialization
        protected static Object values(Object self) {
            return new PyDictView(self(self, "values"), PyDictIterator.Kind.VALUES);
        }
    }

    @Builtin(name = "items", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ItemsNode extends PyBuiltinNode {
        @Specialization
        protected static Object items(Object self) {
            return new PyDictView(self(self, "items"), PyDictIterator.Kind.ITEMS);
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
            return self(self, "copy").copy();
        }
    }

    @Builtin(name = "fromkeys", params = {"iterable", "value?", "/"})
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object fromkeys(Object iterable, Object value) {
            PyDict dict = new PyDict();
            Object v = isNoValue(value) ? PyNone.NONE : value;
            for (Object key : Iteration.toArray(iterable)) {
                dict.put(key, v);
            }
            return dict;
        }
    }
}
