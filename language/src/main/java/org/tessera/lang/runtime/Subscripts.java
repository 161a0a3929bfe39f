package org.tessera.lang.runtime;

import org.tessera.lang.runtime.interop.ForeignObjects;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code obj[key]}, {@code obj[key] = v} and {@code del obj[key]} in general. */
public final class Subscripts {
    private Subscripts() {
    }

    @TruffleBoundary
    public static Object getItem(Object object, Object key) {
        Object derived = PyObjects.derivedSpecial(object, "__getitem__");
        if (derived != null) {
            return CallSupport.call(derived, object, key);
        }
        return builtinGetItem(object, key);
    }

    /** {@code object[key]} as the built-in class of {@code object} defines it. */
    @TruffleBoundary
    public static Object builtinGetItem(Object object, Object key) {
        if (object instanceof PyList list) {
            if (key instanceof PySlice slice) {
                return new PyList(Sequences.sliceArray(list.getItems(), Sequences.slice(slice, list.size())));
            }
            return list.get(Sequences.normalizeIndex(index(key, "list"), list.size(), "list"));
        } else if (object instanceof PyTuple tuple) {
            if (key instanceof PySlice slice) {
                return new PyTuple(Sequences.sliceArray(tuple.getItems(), Sequences.slice(slice, tuple.size())));
            }
            return tuple.get(Sequences.normalizeIndex(index(key, "tuple"), tuple.size(), "tuple"));
        } else if (object instanceof PyBytes bytes) {
            if (key instanceof PySlice slice) {
                return Sequences.sliceBytes(bytes, slice);
            }
            long i = index(key, "byte");
            if (i < 0) {
                i += bytes.size();
            }
            if (i < 0 || i >= bytes.size()) {
                throw PyErrors.indexError(null, "index out of range");
            }
            return bytes.get((int) i);
        } else if (object instanceof String s) {
            if (key instanceof PySlice slice) {
                return Sequences.sliceString(s, slice);
            }
            if (!Numbers.isInt(key) && !(key instanceof PyObject)) {
                throw PyErrors.typeError(null, "string indices must be integers, not '%s'", PyErrors.typeName(key));
            }
            boolean surrogates = StrOps.hasSurrogates(s);
            int length = surrogates ? StrOps.length(s) : s.length();
            return StrOps.charAt(s, Sequences.normalizeIndex(Numbers.asIndex(key), length, "string"), surrogates);
        } else if (object instanceof PyDict dict) {
            Object value = dict.get(key);
            if (value == null) {
                Object missing = PyObjects.derivedSpecial(dict, "__missing__");
                if (missing != null) {
                    return CallSupport.call(missing, dict, key);
                }
                throw PyErrors.keyError(null, key);
            }
            return value;
        } else if (object instanceof PyRange range) {
            if (key instanceof PySlice slice) {
                Sequences.SliceBounds b = Sequences.slice(slice, (int) Math.min(Integer.MAX_VALUE, range.bigLength().min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue()));
                BigInteger step = range.bigStep();
                return PyRange.create(range.bigStart().add(step.multiply(BigInteger.valueOf(b.start()))), range.bigStart().add(step.multiply(BigInteger.valueOf(b.stop()))),
                                step.multiply(BigInteger.valueOf(b.step())));
            }
            if (!Numbers.isInt(key)) {
                index(key, "range");
            }
            BigInteger i = Numbers.isInt(key) ? IntOps.big(key) : BigInteger.valueOf(Numbers.asIndex(key));
            BigInteger n = range.bigLength();
            BigInteger j = i.signum() < 0 ? i.add(n) : i;
            if (j.signum() < 0 || j.compareTo(n) >= 0) {
                throw PyErrors.indexError(null, "range object index out of range");
            }
            return range.item(j);
        } else if (object instanceof PyObject instance) {
            Object method = PyObjects.lookupUserSpecial(instance.getPyType(), "__getitem__");
            if (method != null) {
                return CallSupport.call(method, instance, key);
            }
        } else if (object instanceof PyType type) {
            Object classGetItem = type.lookup("__class_getitem__");
            if (classGetItem != null) {
                return CallSupport.call(classGetItem, type, key);
            }
            if (type.isBuiltin()) {
                return type;
            }
        }
        Object javaGetItem = PyObjects.javaTypeSpecial(object, "__getitem__");
        if (javaGetItem != null) {
            return CallSupport.call(javaGetItem, object, key);
        }
        Object foreign = ForeignObjects.getItem(object, key);
        if (foreign != null) {
            return foreign;
        }
        throw PyErrors.notSubscriptable(null, object);
    }

    private static long index(Object key, String kind) {
        if (Numbers.isInt(key)) {
            return Numbers.asIndex(key);
        }
        if (key instanceof PyObject && PyObjects.lookupUserSpecial(((PyObject) key).getPyType(), "__index__") != null) {
            return Numbers.asIndex(key);
        }
        throw PyErrors.indicesMustBeIntegers(null, kind, key);
    }

    @TruffleBoundary
    public static void setItem(Object object, Object key, Object value) {
        Object derived = PyObjects.derivedSpecial(object, "__setitem__");
        if (derived != null) {
            CallSupport.call(derived, object, key, value);
            return;
        }
        builtinSetItem(object, key, value);
    }

    @TruffleBoundary
    public static void builtinSetItem(Object object, Object key, Object value) {
        if (object instanceof PyList list) {
            if (key instanceof PySlice slice) {
                setSlice(list, slice, value);
            } else {
                list.set(Sequences.normalizeIndex(index(key, "list"), list.size(), "list assignment"), value);
            }
            return;
        } else if (object instanceof PyDict dict) {
            dict.put(key, value);
            return;
        } else if (object instanceof PyObject instance) {
            Object method = PyObjects.lookupUserSpecial(instance.getPyType(), "__setitem__");
            if (method != null) {
                CallSupport.call(method, instance, key, value);
                return;
            }
        }
        Object javaSetItem = PyObjects.javaTypeSpecial(object, "__setitem__");
        if (javaSetItem != null) {
            CallSupport.call(javaSetItem, object, key, value);
            return;
        }
        throw PyErrors.typeError(null, "'%s' object does not support item assignment", PyErrors.typeName(object));
    }

    private static void setSlice(PyList list, PySlice slice, Object value) {
        if (!Iteration.isIterable(value)) {
            throw PyErrors.typeError(null, "can only assign an iterable");
        }
        Object[] items = value == list ? list.toArray() : Iteration.toArray(value);
        Sequences.SliceBounds b = Sequences.slice(slice, list.size());
        if (b.step() == 1) {
            int start = b.start();
            int stop = Math.max(start, b.start() + b.length());
            list.replaceRange(start, stop, items);
            return;
        }
        if (items.length != b.length()) {
            throw PyErrors.valueError(null, "attempt to assign sequence of size %d to extended slice of size %d", items.length, b.length());
        }
        for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
            list.set(j, items[i]);
        }
    }

    @TruffleBoundary
    public static void deleteItem(Object object, Object key) {
        Object derived = PyObjects.derivedSpecial(object, "__delitem__");
        if (derived != null) {
            CallSupport.call(derived, object, key);
            return;
        }
        builtinDeleteItem(object, key);
    }

    @TruffleBoundary
    public static void builtinDeleteItem(Object object, Object key) {
        if (object instanceof PyList list) {
            if (key instanceof PySlice slice) {
                Sequences.SliceBounds b = Sequences.slice(slice, list.size());
                if (b.step() == 1) {
                    list.replaceRange(b.start(), b.start() + b.length(), new Object[0]);
                } else {
                    Object[] old = list.toArray();
                    boolean[] drop = new boolean[old.length];
                    for (int i = 0, j = b.start(); i < b.length(); i++, j += b.step()) {
                        drop[j] = true;
                    }
                    Object[] kept = new Object[old.length - b.length()];
                    int k = 0;
                    for (int i = 0; i < old.length; i++) {
                        if (!drop[i]) {
                            kept[k++] = old[i];
                        }
                    }
                    list.setContents(kept, kept.length);
                }
            } else {
                list.removeAt(Sequences.normalizeIndex(index(key, "list"), list.size(), "list assignment"));
            }
            return;
        } else if (object instanceof PyDict dict) {
            if (dict.remove(key) == null) {
                throw PyErrors.keyError(null, key);
            }
            return;
        } else if (object instanceof PyObject instance) {
            Object method = PyObjects.lookupUserSpecial(instance.getPyType(), "__delitem__");
            if (method != null) {
                CallSupport.call(method, instance, key);
                return;
            }
        }
        Object javaDelItem = PyObjects.javaTypeSpecial(object, "__delitem__");
        if (javaDelItem != null) {
            CallSupport.call(javaDelItem, object, key);
            return;
        }
        throw PyErrors.typeError(null, "'%s' object doesn't support item deletion", PyErrors.typeName(object));
    }
}
