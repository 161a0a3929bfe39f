package org.tessera.lang.builtins.functions;

import static org.tessera.lang.builtins.PyBuiltinNode.given;
import static org.tessera.lang.builtins.PyBuiltinNode.isNoValue;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.CompareOp;
import org.tessera.lang.runtime.CompareOps;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.ListSort;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.StrOps;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.iterator.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** Builtins over iterables: {@code len}, {@code iter}, {@code next}, {@code all/any}, {@code sum}, {@code min/max}, {@code sorted}. */
public final class IterationFunctions {
    private IterationFunctions() {
    }

    @Builtin(name = "len", params = {"obj", "/"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PyBuiltinNode {
        @Specialization(guards = "list.isExact()")
        protected static long lenList(PyList list) {
            return list.size();
        }

        @Specialization(guards = "tuple.isExact()")
        protected static long lenTuple(PyTuple tuple) {
            return tuple.size();
        }

        @Specialization(guards = "dict.isExact()")
        protected static long lenDict(PyDict dict) {
            return dict.size();
        }

        @Specialization
        protected static long lenString(String s) {
            return StrOps.length(s);
        }

        @Fallback
        protected static long lenGeneric(Object obj) {
            return PyObjects.len(obj);
        }
    }

    @Builtin(name = "iter", params = {"obj", "sentinel?", "/"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object iter(Object obj, Object sentinel) {
            if (isNoValue(sentinel)) {
                return Iteration.getIterator(obj);
            }
            return new CallIterator(obj, sentinel);
        }
    }

    /** {@code iter(callable, sentinel)}. */
    static final class CallIterator extends PyIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean exhausted;

        CallIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (exhausted) {
                return null;
            }
            Object value = CallSupport.call(callable);
            if (PyObjects.keyEquals(value, sentinel)) {
                exhausted = true;
                return null;
            }
            return value;
        }

        @Override
        public String getTypeName() {
            return "callable_iterator";
        }
    }

    @Builtin(name = "next", params = {"iterator", "default?", "/"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object next(Object iterator, Object defaultValue) {
            if (!Iteration.isIterator(iterator)) {
                throw PyErrors.typeError(null, "'%s' object is not an iterator", PyErrors.typeName(iterator));
            }
            Object item = Iteration.next(iterator);
            if (item == null) {
                if (given(defaultValue)) {
                    return defaultValue;
                }
                if (iterator instanceof org.tessera.lang.runtime.PyGenerator generator) {
                    throw org.tessera.lang.runtime.PyGenerator.stopIteration(generator.takeReturnValue());
                }
                throw PyErrors.raise(null, ErrorType.StopIteration, null);
            }
            return item;
        }
    }

    @Builtin(name = "all", params = {"iterable", "/"})
    @GenerateNodeFactory
    public abstract static class AllNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean all(Object iterable) {
            Object it = Iteration.getIterator(iterable);
            Object item;
            while ((item = Iteration.next(it)) != null) {
                if (!PyObjects.isTrue(item)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "any", params = {"iterable", "/"})
    @GenerateNodeFactory
    public abstract static class AnyNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static boolean any(Object iterable) {
            Object it = Iteration.getIterator(iterable);
            Object item;
            while ((item = Iteration.next(it)) != null) {
                if (PyObjects.isTrue(item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "sum", params = {"iterable", "/", "start?"})
    @GenerateNodeFactory
    public abstract static class SumNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object sum(Object iterable, Object start) {
            Object total = isNoValue(start) ? (Object) 0L : start;
            if (total instanceof String) {
                throw PyErrors.typeError(null, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            Object it = Iteration.getIterator(iterable);
            Object item;
            while ((item = Iteration.next(it)) != null) {
                if (total instanceof Long a && item instanceof Long b) {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) {
                        total = r;
                        continue;
                    }
                } else if (total instanceof Double a && item instanceof Double b) {
                    total = a + b;
                    continue;
                }
                total = BinaryOps.binary(BinaryOp.ADD, total, item);
            }
            return total;
        }
    }

    @Builtin(name = "min", params = {"*args", "key?", "default?"})
    @GenerateNodeFactory
    public abstract static class MinNode extends PyBuiltinNode {
        @Specialization
        protected static Object min(PyTuple args, Object key, Object defaultValue) {
            return extreme("min", CompareOp.LT, args, key, defaultValue);
        }
    }

    @Builtin(name = "max", params = {"*args", "key?", "default?"})
    @GenerateNodeFactory
    public abstract static class MaxNode extends PyBuiltinNode {
        @Specialization
        protected static Object max(PyTuple args, Object key, Object defaultValue) {
            return extreme("max", CompareOp.GT, args, key, defaultValue);
        }
    }

    @TruffleBoundary
    static Object extreme(String name, CompareOp op, PyTuple args, Object key, Object defaultValue) {
        Object iterable;
        if (args.size() == 0) {
            throw PyErrors.typeError(null, "%s expected at least 1 argument, got 0", name);
        } else if (args.size() == 1) {
            iterable = args.get(0);
        } else {
            if (given(defaultValue)) {
                throw PyErrors.typeError(null, "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            iterable = args;
        }
        Object keyFunction = isNoValue(key) || key == PyNone.NONE ? null : key;
        Object it = Iteration.getIterator(iterable);
        Object best = null;
        Object bestKey = null;
        Object item;
        while ((item = Iteration.next(it)) != null) {
            Object k = keyFunction == null ? item : CallSupport.call(keyFunction, item);
            if (best == null || PyObjects.isTrue(CompareOps.richCompare(k, bestKey, op))) {
                best = item;
                bestKey = k;
            }
        }
        if (best == null) {
            if (given(defaultValue)) {
                return defaultValue;
            }
            throw PyErrors.valueError(null, "%s() arg is an empty sequence", name);
        }
        return best;
    }

    @Builtin(name = "sorted", params = {"iterable", "/", "*", "key?", "reverse?"})
    @GenerateNodeFactory
    public abstract static class SortedNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object sorted(Object iterable, Object key, Object reverse) {
            PyList list = new PyList(Iteration.toArray(iterable));
            ListSort.sort(list, isNoValue(key) ? null : key, given(reverse) && PyObjects.isTrue(reverse));
            return list;
        }
    }
}
