package org.tessera.lang.runtime;

import org.tessera.lang.runtime.iterator.ForeignIterator;

import java.util.Arrays;

import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;
import org.tessera.lang.runtime.iterator.PyArrayIterator;
import org.tessera.lang.runtime.iterator.PyDictIterator;
import org.tessera.lang.runtime.iterator.PyIterator;
import org.tessera.lang.runtime.iterator.PyListIterator;
import org.tessera.lang.runtime.iterator.PyRangeIterator;
import org.tessera.lang.runtime.iterator.PyStrIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The iteration protocol from Java: {@code iter()}, {@code next()}, membership and materializing. */
public final class Iteration {
    private Iteration() {
    }

    /** {@code iter(value)}. */
    @TruffleBoundary
    public static Object getIterator(Object value) {
        Object derived = PyObjects.derivedSpecial(value, "__iter__");
        if (derived != null) {
            Object it = CallSupport.call(derived, value);
            if (!isIterator(it)) {
                throw PyErrors.typeError(null, "iter() returned non-iterator of type '%s'", PyErrors.typeName(it));
            }
            return it;
        }
        return builtinIterator(value);
    }

    /** {@code iter(value)} as the built-in class of {@code value} defines it. */
    @TruffleBoundary
    public static Object builtinIterator(Object value) {
        if (value instanceof PyList list) {
            return new PyListIterator(list);
        } else if (value instanceof PyTuple tuple) {
            return new PyArrayIterator(tuple.getItems(), "tuple_iterator");
        } else if (value instanceof String s) {
            return new PyStrIterator(s);
        } else if (value instanceof PyBytes b) {
            Object[] items = new Object[b.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = b.get(i);
            }
            return new PyArrayIterator(items, "bytes_iterator");
        } else if (value instanceof PyRange r) {
            return r.isBig() ? new BigRangeIterator(r) : new PyRangeIterator(r.getStart(), r.getStep(), r.length());
        } else if (value instanceof PyDict d) {
            return new PyDictIterator(d, PyDictIterator.Kind.KEYS);
        } else if (value instanceof PyDictView v) {
            return v.iterator();
        } else if (value instanceof PySet s) {
            return new org.tessera.lang.runtime.iterator.PySetIterator(s);
        } else if (value instanceof PyIterator) {
            return value;
        } else if (value instanceof PyObject object) {
            Object iter = PyObjects.lookupUserSpecial(object.getPyType(), "__iter__");
            if (iter != null) {
                Object it = CallSupport.call(iter, object);
                if (!isIterator(it)) {
                    throw PyErrors.typeError(null, "iter() returned non-iterator of type '%s'", PyErrors.typeName(it));
                }
                return it;
            }
            if (PyObjects.lookupUserSpecial(object.getPyType(), "__getitem__") != null) {
                return new SequenceIterator(object);
            }
        } else if (value instanceof PyValue v) {
            Object iter = v.getPyType(PyObjects.types()).lookup("__iter__");
            if (iter != null) {
                return CallSupport.call(iter, value);
            }
        } else if (ForeignIterator.isIterable(value)) {
            return ForeignIterator.of(value);
        }
        throw PyErrors.notIterable(null, value);
    }

    /** True if {@code iter(value)} would succeed (without calling anything). */
    @TruffleBoundary
    public static boolean isIterable(Object value) {
        if (value instanceof PyList || value instanceof PyTuple || value instanceof String || value instanceof PyBytes || value instanceof PyRange || value instanceof PyDict || value instanceof PySet ||
                        value instanceof PyDictView || value instanceof PyIterator) {
            return true;
        }
        PyType type = PyObjects.typeOf(value);
        return type.lookup("__iter__") != null || ForeignIterator.isIterable(value) || (value instanceof PyObject && PyObjects.lookupUserSpecial(type, "__getitem__") != null);
    }

    /** True if {@code value} has a {@code __next__}. */
    @TruffleBoundary
    public static boolean isIterator(Object value) {
        if (value instanceof PyIterator) {
            return true;
        }
        return PyObjects.typeOf(value).lookup("__next__") != null;
    }

    /** {@code next(iterator)}, or null when it is exhausted. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PyIterator it) {
            return it.next();
        }
        Object method = PyObjects.typeOf(iterator).lookup("__next__");
        if (method == null) {
            throw PyErrors.typeError(null, "'%s' object is not an iterator", PyErrors.typeName(iterator));
        }
        try {
            return CallSupport.call(method, iterator);
        } catch (PyException e) {
            if (PyErrors.isInstance(e.getPythonException(), ErrorType.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** The longest Java array: longer lists and tuples are a MemoryError. */
    public static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** The items of any iterable, as a fresh array. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList list && list.isExact()) {
            return list.toArray();
        } else if (iterable instanceof PyTuple tuple && tuple.isExact()) {
            return tuple.getItems().clone();
        }
        if (iterable instanceof PyRange range && (range.isBig() ? range.bigLength().bitLength() > 31 : range.length() > MAX_ARRAY)) {
            throw PyErrors.raise(null, ErrorType.MemoryError, null); // CPython too sizes the list first
        }
        Object it = getIterator(iterable);
        Object[] items = new Object[8];
        int n = 0;
        Object item;
        while ((item = next(it)) != null) {
            if (n == items.length) {
                if (n >= MAX_ARRAY) {
                    throw PyErrors.raise(null, ErrorType.MemoryError, null);
                }
                items = Arrays.copyOf(items, (int) Math.min(MAX_ARRAY, 2L * n));
            }
            items[n++] = item;
        }
        return Arrays.copyOf(items, n);
    }

    /** {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        Object derived = PyObjects.derivedSpecial(container, "__contains__");
        if (derived != null) {
            return PyObjects.isTrue(CallSupport.call(derived, container, item));
        }
        return builtinContains(container, item);
    }

    @TruffleBoundary
    public static boolean builtinContains(Object container, Object item) {
        if (container instanceof String s) {
            if (item instanceof String sub) {
                return s.contains(sub);
            }
            throw PyErrors.typeError(null, "'in <string>' requires string as left operand, not %s", PyErrors.typeName(item));
        } else if (container instanceof PyBytes b) {
            return Sequences.bytesContains(b, item);
        } else if (container instanceof PyList list) {
            return Sequences.indexOf(list.getItems(), list.size(), item) >= 0;
        } else if (container instanceof PyTuple tuple) {
            return Sequences.indexOf(tuple.getItems(), tuple.size(), item) >= 0;
        } else if (container instanceof PyDict dict) {
            return dict.containsKey(item);
        } else if (container instanceof PySet set) {
            if (item instanceof PySet s && !s.isFrozen()) {
                return set.contains(s.copy(true));
            }
            return set.contains(item);
        } else if (container instanceof PyDictView view && view.getKind() == PyDictIterator.Kind.KEYS) {
            return view.getDict().containsKey(item);
        } else if (container instanceof PyDictView view && view.getKind() == PyDictIterator.Kind.ITEMS) {
            if (!(item instanceof PyTuple pair) || pair.size() != 2) {
                return false;
            }
            Object value = view.getDict().get(pair.get(0));
            return value != null && PyObjects.keyEquals(value, pair.get(1));
        } else if (container instanceof PyRange range) {
            return rangeContains(range, item);
        } else if (container instanceof PyObject object) {
            Object method = PyObjects.lookupUserSpecial(object.getPyType(), "__contains__");
            if (method != null) {
                return PyObjects.isTrue(CallSupport.call(method, object, item));
            }
        }
        Object javaContains = PyObjects.javaTypeSpecial(container, "__contains__");
        if (javaContains != null) {
            return PyObjects.isTrue(CallSupport.call(javaContains, container, item));
        }
        if (!isIterable(container)) {
            throw PyErrors.typeError(null, "argument of type '%s' is not iterable", PyErrors.typeName(container));
        }
        Object it = getIterator(container);
        Object x;
        while ((x = next(it)) != null) {
            if (PyObjects.keyEquals(x, item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rangeContains(PyRange range, Object item) {
        if (Numbers.isInt(item)) {
            java.math.BigInteger offset = IntOps.big(item).subtract(range.bigStart());
            java.math.BigInteger[] qr = offset.divideAndRemainder(range.bigStep());
            return qr[1].signum() == 0 && qr[0].signum() >= 0 && qr[0].compareTo(range.bigLength()) < 0;
        }
        Object it = getIterator(range);
        Object x;
        while ((x = next(it)) != null) {
            if (PyObjects.keyEquals(x, item)) {
                return true;
            }
        }
        return false;
    }

    /** Iterates a range whose bounds do not fit a long. */
    static final class BigRangeIterator extends PyIterator {
        private final PyRange range;
        private java.math.BigInteger index = java.math.BigInteger.ZERO;

        BigRangeIterator(PyRange range) {
            this.range = range;
        }

        @Override
        public Object next() {
            if (index.compareTo(range.bigLength()) >= 0) {
                return null;
            }
            Object item = range.item(index);
            index = index.add(java.math.BigInteger.ONE);
            return item;
        }

        @Override
        public String getTypeName() {
            return "longrange_iterator";
        }
    }

    /** Iterates an object that only has {@code __getitem__}, until IndexError. */
    static final class SequenceIterator extends PyIterator {
        private final Object sequence;
        private long index;
        private boolean exhausted;

        SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        @Override
        public Object next() {
            if (exhausted) {
                return null;
            }
            try {
                return CallSupport.callSpecial(sequence, "__getitem__", index++);
            } catch (PyException e) {
                if (PyErrors.isInstance(e.getPythonException(), ErrorType.IndexError) || PyErrors.isInstance(e.getPythonException(), ErrorType.StopIteration)) {
                    exhausted = true;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public String getTypeName() {
            return "iterator";
        }

        @Override
        protected String[] interopMemberNames(boolean includeInternal) {
            return includeInternal ? new String[]{"sequence"} : new String[0];
        }

        @Override
        protected Object interopMember(String key) {
            return key.equals("sequence") ? sequence : null;
        }
    }
}
