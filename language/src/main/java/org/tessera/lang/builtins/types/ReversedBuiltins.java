package org.tessera.lang.builtins.types;

import org.tessera.lang.builtins.Builtin;
import org.tessera.lang.builtins.PyBuiltinNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyObject;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyRange;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.PyType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.iterator.PyArrayIterator;
import org.tessera.lang.runtime.iterator.PyListReverseIterator;
import org.tessera.lang.runtime.iterator.PyRangeIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code reversed(sequence)}. */
public final class ReversedBuiltins {
    private ReversedBuiltins() {
    }

    @Builtin(name = "__new__", params = {"cls", "sequence", "/"})
    @GenerateNodeFactory
    public abstract static class NewNode extends PyBuiltinNode {
        @Specialization
        @TruffleBoundary
        protected static Object create(@SuppressWarnings("unused") PyType cls, Object sequence) {
            if (sequence instanceof PyList list) {
                return new PyListReverseIterator(list);
            } else if (sequence instanceof PyTuple tuple) {
                return new PyArrayIterator(reverse(tuple.getItems()), "reversed");
            } else if (sequence instanceof String s) {
                Object[] chars = Iteration.toArray(s);
                return new PyArrayIterator(reverse(chars), "reversed");
            } else if (sequence instanceof PyRange r && !r.isBig()) {
                long n = r.length();
                return new PyRangeIterator(n == 0 ? r.getStart() : r.get(n - 1), -r.getStep(), n);
            } else if (sequence instanceof PyObject object) {
                Object method = PyObjects.lookupUserSpecial(object.getPyType(), "__reversed__");
                if (method != null) {
                    return CallSupport.call(method, object);
                }
                if (PyObjects.lookupUserSpecial(object.getPyType(), "__getitem__") != null) {
                    long n = PyObjects.len(object);
                    Object[] items = new Object[(int) n];
                    for (int i = 0; i < n; i++) {
                        items[(int) n - 1 - i] = CallSupport.callSpecial(object, "__getitem__", (long) i);
                    }
                    return new PyArrayIterator(items, "reversed");
                }
            } else if (PyObjects.javaTypeSpecial(sequence, "__reversed__") != null) {
                return CallSupport.call(PyObjects.javaTypeSpecial(sequence, "__reversed__"), sequence);
            } else if (sequence instanceof org.tessera.lang.runtime.PyDict d) {
                return new PyArrayIterator(reverse(Iteration.toArray(d)), "dict_reversekeyiterator");
            } else if (sequence instanceof org.tessera.lang.runtime.PyDictView view) {
                String name = switch (view.getKind()) {
                    case KEYS -> "dict_reversekeyiterator";
                    case VALUES -> "dict_reversevalueiterator";
                    default -> "dict_reverseitemiterator";
                };
                return new PyArrayIterator(reverse(Iteration.toArray(view)), name);
            }
            throw PyErrors.typeError(null, "'%s' object is not reversible", PyErrors.typeName(sequence));
        }

        private static Object[] reverse(Object[] items) {
            Object[] r = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                r[i] = items[items.length - 1 - i];
            }
            return r;
        }
    }
}
