package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PySet;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code set} and {@code frozenset} methods (frozenset gets the non-mutating ones). */
public final class SetBuiltins {
    private SetBuiltins() {
    }

    static PySet self(Object self, String method) {
        if (self instanceof PySet set) {
            return set;
        }
        throw PyErrors.typeError(null, "descriptor '%s' for 'set' objects doesn't apply to a '%s' object", method, PyErrors.typeName(self));
    }

    static PySet mutable(Object self, String method) {
        PySet set = self(self, method);
        if (set.isFrozen()) {
            throw PyErrors.attributeError(null, self, method);
        }
        return set;
    }

    @Builtin(name = "__new__", params = {"cls", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static PySet create(PyType cls, PyTuple args, PyDict kwargs) {
            boolean frozen = cls.isSubtypeOf(PyObjects.types().frozenSetType);
            if (!frozen && !cls.isBuiltin()) {
                PySet set = new PySet(false);
                set.setSubclass(cls);
                return set;
            }
            Object iterable = ContainerInit.singleArgument(frozen ? "frozenset" : "set", args, kwargs);
            if (iterable == null) {
                PySet empty = new PySet(frozen);
                empty.setSubclass(cls);
                return empty;
            }
            if (frozen && cls.isBuiltin() && iterable instanceof PySet s && s.isFrozen() && s.isExact()) {
                return s;
            }
            PySet set = PySet.fromIterable(iterable, frozen);
            set.setSubclass(cls);
            return set;
        }
    }

    @Builtin(name = "__init__", params = {"self", "*args", "**kwargs"})
    @GenerateNodeFactory
    public abstract static class InitNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object init(Object self, PyTuple args, PyDict kwargs) {
            if (self instanceof PySet set && !set.isFrozen()) {
                Object iterable = ContainerInit.singleArgument("set", args, kwargs);
                Object[] items = iterable == null ? new Object[0] : Iteration.toArray(iterable);
                set.clear();
                for (Object item : items) {
                    set.add(item);
                }
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "add", params = {"self", "element", "/"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PyBuiltinNode {
        @Specialization
        protected static Object add(Object self, Object element) {
            mutable(self, "add").add(element);
            return PyNone.NONE;
        }
    }

    /** A set argument is looked up as the frozenset of its elements, as in CPython. */
    static Object asKey(Object element) {
        return element instanceof PySet s && !s.isFrozen() ? s.copy(true) : element;
    }

    @Builtin(name = "discard", params = {"self", "element", "/"})
    @GenerateNodeFactory
    public abstract static class DiscardNode extends PyBuiltinNode {
        @Specialization
        protected static Object discard(Object self, Object element) {
            mutable(self, "discard").discard(asKey(element));
            return PyNone.NONE;
        }
    }

    @Builtin(name = "remove", params = {"self", "element", "/"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PyBuiltinNode {
        @Specialization
        protected static Object remove(Object self, Object element) {
            if (!mutable(self, "remove").discard(asKey(element))) {
                throw PyErrors.keyError(null, element);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "pop", params = {"self"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PyBuiltinNode {
        @Specialization
        protected static Object pop(Object self) {
            Object key = mutable(self, "pop").pop();
            if (key == null) {
                throw PyErrors.keyError(null, "pop from an empty set");
            }
            return key;
        }
    }

    @Builtin(name = "clear", params = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PyBuiltinNode {
        @Specialization
        protected static Object clear(Object self) {
            mutable(self, "clear").clear();
            return PyNone.NONE;
        }
    }

    @Builtin(name = "copy", params = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PyBuiltinNode {
        @Specialization
        protected static Object copy(Object self) {
            PySet set = self(self, "copy");
            return set.isFrozen() ? set : set.copy(false);
        }
    }

    @Builtin(name = "update", params = {"self", "*others"})
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object update(Object self, PyTuple others) {
            PySet set = mutable(self, "update");
            for (Object other : others.getItems()) {
                set.update(other);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "union", params = {"self", "*others"})
    @GenerateNodeFactory
    public abstract static class UnionNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object union(Object self, PyTuple others) {
            PySet set = self(self, "union");
            PySet result = set.copy(set.isFrozen());
            for (Object other : others.getItems()) {
                if (other != set) {
                    result.update(other);
                }
            }
            return result;
        }
    }

    @Builtin(name = "intersection", params = {"self", "*others"})
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object intersection(Object self, PyTuple others) {
            PySet set = self(self, "intersection");
            PySet result = set;
            for (Object other : others.getItems()) {
                result = result.intersection(other, set.isFrozen());
            }
            return result == set ? set.copy(set.isFrozen()) : result;
        }
    }

    @Builtin(name = "difference", params = {"self", "*others"})
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object difference(Object self, PyTuple others) {
            PySet set = self(self, "difference");
            if (others.size() == 0) {
                return set.copy(set.isFrozen());
            }
            PySet result = set.difference(others.get(0), set.isFrozen());
            for (int i = 1; i < others.size(); i++) {
                result.differenceUpdate(others.get(i));
            }
            return result;
        }
    }

    @Builtin(name = "symmetric_difference", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends PyBuiltinNode {
        @Specialization
        protected static Object symmetricDifference(Object self, Object other) {
            PySet set = self(self, "symmetric_difference");
            return set.symmetricDifference(other, set.isFrozen());
        }
    }

    @Builtin(name = "intersection_update", params = {"self", "*others"})
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object intersectionUpdate(Object self, PyTuple others) {
            PySet set = mutable(self, "intersection_update");
            PySet result = set;
            for (Object other : others.getItems()) {
                result = result.intersection(other, false);
            }
            if (result != set) {
                set.clear();
                set.update(result);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "difference_update", params = {"self", "*others"})
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object differenceUpdate(Object self, PyTuple others) {
            PySet set = mutable(self, "difference_update");
            for (Object other : others.getItems()) {
                set.differenceUpdate(other);
            }
            return PyNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends PyBuiltinNode {
        @Specialization
        protected static Object update(Object self, Object other) {
            mutable(self, "symmetric_difference_update").symmetricDifferenceUpdate(other);
            return PyNone.NONE;
        }
    }

    @Builtin(name = "issubset", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends PyBuiltinNode {
        @Specialization
        protected static boolean issubset(Object self, Object other) {
            return self(self, "issubset").isSubsetOf(other);
        }
    }

    @Builtin(name = "issuperset", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean issuperset(Object self, Object other) {
            PySet set = self(self, "issuperset");
            PySet otherSet = other instanceof PySet s ? s : PySet.fromIterable(other, false);
            return otherSet.isSubsetOf(set);
        }
    }

    @Builtin(name = "isdisjoint", params = {"self", "other", "/"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PyBuiltinNode {
        @Specialization
        protected static boolean isdisjoint(Object self, Object other) {
            return self(self, "isdisjoint").isDisjoint(other);
        }
    }
}
