package org.tessera.lang.runtime;

import org.tessera.lang.runtime.interop.InteropValues;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's rich comparison: built-in orderings (numbers across int/float/bool exactly, strings
 * by code point, sequences lexicographically) and the {@code __eq__}/{@code __lt__}... protocol
 * of user classes, including reflected operands and subclass priority.
 */
public final class CompareOps {
    /** Returned by {@link #compareNumbers} when a NaN makes the operands unordered. */
    public static final int UNORDERED = 99;

    private CompareOps() {
    }

    /** {@code bool(a == b)}. */
    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        Object r = richCompare(a, b, CompareOp.EQ);
        return r instanceof Boolean bool ? bool : PyObjects.isTrue(r);
    }

    /** {@code a OP b} as Python evaluates it; the result is usually but not always a bool. */
    @TruffleBoundary
    public static Object richCompare(Object a, Object b, CompareOp op) {
        Object na = InteropValues.foreignNumber(a);
        Object nb = InteropValues.foreignNumber(b);
        if (na != a || nb != b) {
            return richCompare(na, nb, op);
        }
        if (AttributeOps.isUserInstance(a) || AttributeOps.isUserInstance(b)) {
            Object r = userCompare(a, b, op);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        int c = builtinCompare(a, b, op);
        if (c == UNORDERED) {
            return op == CompareOp.NE;
        }
        if (c != Integer.MIN_VALUE) {
            return op.test(c);
        }
        Object javaCompare = PyObjects.javaTypeSpecial(a, op.dunder);
        if (javaCompare != null) {
            Object r = CallSupport.call(javaCompare, a, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (op == CompareOp.EQ) {
            return a == b;
        } else if (op == CompareOp.NE) {
            return a != b;
        }
        throw PyErrors.unorderable(null, op.symbol, a, b);
    }

    private static Object userCompare(Object a, Object b, CompareOp op) {
        PyType ta = PyObjects.typeOf(a);
        PyType tb = PyObjects.typeOf(b);
        CompareOp reflected = op.reflected();
        boolean reflectedTried = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            Object r = callCompare(tb, reflected, b, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            reflectedTried = true;
        }
        Object r = callCompare(ta, op, a, b);
        if (r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (!reflectedTried) {
            r = callCompare(tb, reflected, b, a);
        }
        return r;
    }

    private static Object callCompare(PyType type, CompareOp op, Object self, Object other) {
        Object method = PyObjects.lookupUserSpecial(type, op.dunder);
        if (method != null) {
            return CallSupport.call(method, self, other);
        }
        if (op == CompareOp.NE) {
            Object eq = PyObjects.lookupUserSpecial(type, "__eq__");
            if (eq != null) {
                Object r = CallSupport.call(eq, self, other);
                return r == PySingleton.NOT_IMPLEMENTED ? r : !PyObjects.isTrue(r);
            }
        }
        return PySingleton.NOT_IMPLEMENTED;
    }

    /**
     * Three-way comparison of two built-in values for {@code op}: negative, zero or positive;
     * {@link #UNORDERED} for NaN; {@code Integer.MIN_VALUE} if the types are not comparable.
     * Sequences compare lexicographically with {@code op} deciding at the first difference.
     */
    public static int builtinCompare(Object a, Object b, CompareOp op) {
        if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return compareNumbers(a, b);
        } else if (a instanceof String sa && b instanceof String sb) {
            return op == CompareOp.EQ || op == CompareOp.NE ? (sa.equals(sb) ? 0 : 1) : Integer.signum(StrOps.compare(sa, sb));
        } else if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return compareSequences(ta.getItems(), ta.size(), tb.getItems(), tb.size(), op);
        } else if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            return Integer.signum(PyBytes.compare(ba, bb));
        } else if (a instanceof PyList la && b instanceof PyList lb) {
            return compareSequences(la.getItems(), la.size(), lb.getItems(), lb.size(), op);
        } else if (a instanceof PySet sa && b instanceof PySet sb) {
            return compareSets(sa, sb, op);
        } else if ((a instanceof PyDictView va && va.isSetLike() && (b instanceof PySet || b instanceof PyDictView vb2 && vb2.isSetLike())) ||
                        (b instanceof PyDictView vb && vb.isSetLike() && a instanceof PySet)) {
            return compareSets(PySet.fromIterable(a, true), PySet.fromIterable(b, true), op);
        } else if (op == CompareOp.EQ || op == CompareOp.NE) {
            if (a instanceof PyDict da && b instanceof PyDict db) {
                return dictEquals(da, db) ? 0 : 1;
            } else if (a instanceof PyBoundMethod ma && b instanceof PyBoundMethod mb) {
                return ma.getSelf() == mb.getSelf() && ma.getFunction() == mb.getFunction() ? 0 : 1;
            } else if (a instanceof PyRange ra && b instanceof PyRange rb) {
                return rangeEquals(ra, rb) ? 0 : 1;
            }
        }
        return Integer.MIN_VALUE;
    }

    /** Exact comparison of two numbers; {@link #UNORDERED} if either is NaN. */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Double || b instanceof Double) {
            if (a instanceof Double da && b instanceof Double db) {
                if (Double.isNaN(da) || Double.isNaN(db)) {
                    return UNORDERED;
                }
                return da < db ? -1 : (da > db ? 1 : 0);
            }
            boolean aIsFloat = a instanceof Double;
            double d = aIsFloat ? (Double) a : (Double) b;
            if (Double.isNaN(d)) {
                return UNORDERED;
            }
            Object i = aIsFloat ? b : a;
            int c = i instanceof PyBigInt big ? IntOps.compareWithDouble(big.getValue(), d) : IntOps.compareWithDouble(Numbers.asIndex(i), d);
            return aIsFloat ? -c : c;
        }
        if (a instanceof PyBigInt || b instanceof PyBigInt) {
            BigInteger x = IntOps.big(a);
            BigInteger y = IntOps.big(b);
            return x.compareTo(y);
        }
        return Long.compare(Numbers.asIndex(a), Numbers.asIndex(b));
    }

    private static int compareSequences(Object[] a, int na, Object[] b, int nb, CompareOp op) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            if (!PyObjects.keyEquals(a[i], b[i])) {
                if (op == CompareOp.EQ || op == CompareOp.NE) {
                    return 1;
                }
                boolean holds = PyObjects.isTrue(richCompare(a[i], b[i], op));
                boolean lessFirst = op == CompareOp.LT || op == CompareOp.LE;
                return holds == lessFirst ? -1 : 1;
            }
        }
        return Integer.compare(na, nb);
    }

    /** Sets compare by inclusion: the result is the three-way answer that makes {@code op} right. */
    private static int compareSets(PySet a, PySet b, CompareOp op) {
        boolean holds = switch (op) {
            case EQ, NE -> a.size() == b.size() && a.isSubsetOf(b);
            case LE -> a.isSubsetOf(b);
            case LT -> a.size() < b.size() && a.isSubsetOf(b);
            case GE -> b.isSubsetOf(a);
            default -> a.size() > b.size() && b.isSubsetOf(a);
        };
        if (op == CompareOp.NE) {
            return holds ? 0 : 1;
        }
        return op.test(0) == holds ? 0 : (op.test(-1) == holds ? -1 : 1);
    }

    private static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = 0; e < a.entryLimit(); e++) {
            Object key = a.keyAt(e);
            if (key != null) {
                Object other = b.get(key);
                if (other == null || !PyObjects.keyEquals(a.valueAt(e), other)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean rangeEquals(PyRange a, PyRange b) {
        java.math.BigInteger n = a.bigLength();
        if (!n.equals(b.bigLength())) {
            return false;
        } else if (n.signum() == 0) {
            return true;
        } else if (!a.bigStart().equals(b.bigStart())) {
            return false;
        }
        return n.equals(java.math.BigInteger.ONE) || a.bigStep().equals(b.bigStep());
    }

    /** {@code a < b} for sorting: a bool, or TypeError if unorderable. */
    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long la && b instanceof Long lb) {
            return la < lb;
        } else if (a instanceof String sa && b instanceof String sb) {
            return StrOps.compare(sa, sb) < 0;
        } else if (a instanceof Double da && b instanceof Double db) {
            return da < db;
        }
        return PyObjects.isTrue(richCompare(a, b, CompareOp.LT));
    }
}
