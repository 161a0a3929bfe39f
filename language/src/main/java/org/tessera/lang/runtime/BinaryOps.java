package org.tessera.lang.runtime;

import org.tessera.lang.runtime.interop.InteropValues;

import java.math.BigInteger;

import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The general case of the binary and unary operators: the numeric tower (bool, int of any size,
 * float), sequence concatenation and repetition, {@code str % args}, and the
 * {@code __add__}/{@code __radd__}/{@code __iadd__} protocol of user classes. The nodes handle the
 * hot {@code long}/{@code double} cases themselves and come here for the rest.
 */
public final class BinaryOps {
    private static final Object NI = PySingleton.NOT_IMPLEMENTED;

    private BinaryOps() {
    }

    /** {@code a OP b}. */
    @TruffleBoundary
    public static Object binary(BinaryOp op, Object a, Object b) {
        Object r;
        if (AttributeOps.isUserInstance(a) || AttributeOps.isUserInstance(b)) {
            r = userBinary(op, a, b);
        } else {
            r = builtinBinary(op, a, b);
        }
        if (r == NI) {
            r = javaTypeBinary(op, a, b);
        }
        if (r == NI) {
            Object na = InteropValues.foreignNumber(a);
            Object nb = InteropValues.foreignNumber(b);
            if (na != a || nb != b) {
                return binary(op, na, nb);
            }
            throw PyErrors.unsupportedBinary(null, op.symbol, a, b);
        }
        return r;
    }

    /** {@code a OP b} by the special methods of classes implemented in Java outside the core. */
    private static Object javaTypeBinary(BinaryOp op, Object a, Object b) {
        Object method = PyObjects.javaTypeSpecial(a, op.dunder);
        if (method != null) {
            Object r = CallSupport.call(method, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object reflected = PyObjects.javaTypeSpecial(b, op.reflectedDunder);
        return reflected == null ? NI : CallSupport.call(reflected, b, a);
    }

    /** {@code a OP= b}: {@code __iop__} if defined, in-place list extension, else {@link #binary}. */
    @TruffleBoundary
    public static Object inplace(BinaryOp op, Object a, Object b) {
        if (AttributeOps.isUserInstance(a)) {
            Object method = PyObjects.lookupUserSpecial(PyObjects.typeOf(a), op.inplaceDunder);
            if (method != null) {
                Object r = CallSupport.call(method, a, b);
                if (r != NI) {
                    return r;
                }
            }
        }
        if (a instanceof PySet set && !set.isFrozen() && b instanceof PySet) {
            switch (op) {
                case OR -> set.update(b);
                case AND -> {
                    PySet kept = set.intersection(b, false);
                    set.clear();
                    set.update(kept);
                }
                case SUB -> set.differenceUpdate(b);
                case XOR -> set.symmetricDifferenceUpdate(b);
                default -> {
                    return binary(op, a, b);
                }
            }
            return set;
        } else if (a instanceof PyList list) {
            if (op == BinaryOp.ADD) {
                Object[] items = Iteration.toArray(b);
                list.replaceRange(list.size(), list.size(), items);
                return list;
            } else if (op == BinaryOp.MUL && Numbers.isInt(b)) {
                Object[] repeated = Sequences.repeat(list.toArray(), Numbers.asIndex(b));
                list.setContents(repeated, repeated.length);
                return list;
            }
        }
        Object javaInplace = PyObjects.javaTypeSpecial(a, op.inplaceDunder);
        if (javaInplace != null) {
            Object r = CallSupport.call(javaInplace, a, b);
            if (r != NI) {
                return r;
            }
        }
        Object r;
        if (AttributeOps.isUserInstance(a) || AttributeOps.isUserInstance(b)) {
            r = userBinary(op, a, b);
        } else {
            r = builtinBinary(op, a, b);
        }
        if (r == NI) {
            r = javaTypeBinary(op, a, b);
        }
        if (r == NI) {
            throw PyErrors.unsupportedBinary(null, op.symbol + "=", a, b);
        }
        return r;
    }

    private static Object userBinary(BinaryOp op, Object a, Object b) {
        PyType ta = PyObjects.typeOf(a);
        PyType tb = PyObjects.typeOf(b);
        boolean reflectedTried = false;
        if (ta != tb && tb.isSubtypeOf(ta) && PyObjects.lookupUserSpecial(tb, op.reflectedDunder) != null) {
            Object r = CallSupport.call(PyObjects.lookupUserSpecial(tb, op.reflectedDunder), b, a);
            if (r != NI) {
                return r;
            }
            reflectedTried = true;
        }
        Object method = PyObjects.lookupUserSpecial(ta, op.dunder);
        if (method != null) {
            Object r = CallSupport.call(method, a, b);
            if (r != NI) {
                return r;
            }
        } else if (!(a instanceof PyObject)) {
            Object r = builtinBinary(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (!reflectedTried && ta != tb) {
            Object reflected = PyObjects.lookupUserSpecial(tb, op.reflectedDunder);
            if (reflected != null) {
                return CallSupport.call(reflected, b, a);
            }
        }
        return NI;
    }

    /** {@code keys() OP iterable} and the reflected forms: the answer is a set. */
    @TruffleBoundary
    private static Object viewSetOperation(BinaryOp op, Object a, Object b) {
        if (op != BinaryOp.AND && op != BinaryOp.OR && op != BinaryOp.SUB && op != BinaryOp.XOR) {
            return NI;
        }
        if (!Iteration.isIterable(a) || !Iteration.isIterable(b)) {
            return NI;
        }
        PySet left = PySet.fromIterable(a, false);
        PySet right = b instanceof PySet s ? s : PySet.fromIterable(b, false);
        switch (op) {
            case AND:
                return left.intersection(right, false);
            case OR:
                left.update(right);
                return left;
            case SUB:
                return left.difference(right, false);
            default:
                return left.symmetricDifference(right, false);
        }
    }

    /** The built-in types' answer to {@code a OP b}, or NotImplemented. */
    public static Object builtinBinary(BinaryOp op, Object a, Object b) {
        if ((a instanceof PyDictView va && va.isSetLike()) || (b instanceof PyDictView vb && vb.isSetLike())) {
            Object r = viewSetOperation(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (Numbers.isInt(a) && Numbers.isInt(b)) {
            return intBinary(op, a, b);
        } else if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
            return floatBinary(op, Numbers.asDoubleOrNull(a), Numbers.asDoubleOrNull(b));
        }
        switch (op) {
            case ADD:
                return Sequences.concat(a, b);
            case MUL:
                if (Numbers.isInt(b)) {
                    return Sequences.repeat(a, b);
                } else if (Numbers.isInt(a)) {
                    return Sequences.repeat(b, a);
                }
                if (Sequences.isSequence(a) || Sequences.isSequence(b)) {
                    Object other = Sequences.isSequence(a) ? b : a;
                    throw PyErrors.typeError(null, "can't multiply sequence by non-int of type '%s'", PyErrors.typeName(other));
                }
                return NI;
            case MOD:
                if (a instanceof String format) {
                    return PercentFormat.format(format, b);
                }
                return NI;
            case OR:
                if (a instanceof PyDict da && b instanceof PyDict db) {
                    PyDict merged = da.copy();
                    DictOps.update(merged, db);
                    return merged;
                }
                return setAlgebra(op, a, b);
            case AND, SUB, XOR:
                return setAlgebra(op, a, b);
            default:
                return NI;
        }
    }

    /** {@code | & - ^} on sets (and on dict key/item views, which act as sets). */
    private static Object setAlgebra(BinaryOp op, Object a, Object b) {
        PySet left = asSet(a);
        PySet right = asSet(b);
        if (left == null || right == null) {
            return NI;
        }
        boolean frozen = a instanceof PySet s && s.isFrozen();
        switch (op) {
            case OR:
                return left.union(right, frozen);
            case AND:
                return left.intersection(right, frozen);
            case SUB:
                return left.difference(right, frozen);
            default:
                return left.symmetricDifference(right, frozen);
        }
    }

    private static PySet asSet(Object value) {
        if (value instanceof PySet s) {
            return s;
        } else if (value instanceof PyDictView view && view.getKind() != org.tessera.lang.runtime.iterator.PyDictIterator.Kind.VALUES) {
            return PySet.fromIterable(view, false);
        }
        return null;
    }

    private static Object intBinary(BinaryOp op, Object a, Object b) {
        if (!(a instanceof PyBigInt) && !(b instanceof PyBigInt)) {
            long x = Numbers.asIndex(a);
            long y = Numbers.asIndex(b);
            Object r = longBinary(op, x, y, a instanceof Boolean && b instanceof Boolean);
            if (r != null) {
                return r;
            }
        }
        BigInteger x = IntOps.big(a);
        BigInteger y = IntOps.big(b);
        switch (op) {
            case ADD:
                return IntOps.add(x, y);
            case SUB:
                return IntOps.sub(x, y);
            case MUL:
                return IntOps.mul(x, y);
            case TRUEDIV:
                return IntOps.trueDivide(x, y);
            case FLOORDIV:
                return IntOps.floorDiv(x, y);
            case MOD:
                return IntOps.mod(x, y);
            case POW:
                if (y.signum() < 0) {
                    return FloatOps.pow(IntOps.toDouble(x), IntOps.toDouble(y));
                }
                return IntOps.pow(x, y);
            case LSHIFT:
                return IntOps.shiftLeft(x, y);
            case RSHIFT:
                return IntOps.shiftRight(x, y);
            case AND:
                return IntOps.and(x, y);
            case OR:
                return IntOps.or(x, y);
            case XOR:
                return IntOps.xor(x, y);
            default:
                return NI;
        }
    }

    /** {@code x OP y} on longs, or null when the result needs a big int. */
    private static Object longBinary(BinaryOp op, long x, long y, boolean bothBool) {
        try {
            switch (op) {
                case ADD:
                    return Math.addExact(x, y);
                case SUB:
                    return Math.subtractExact(x, y);
                case MUL:
                    return Math.multiplyExact(x, y);
                case TRUEDIV:
                    return IntOps.trueDivide(x, y);
                case FLOORDIV:
                    if (y == 0) {
                        throw PyErrors.zeroDivisionError(null, "integer division or modulo by zero");
                    }
                    return x == Long.MIN_VALUE && y == -1 ? null : Math.floorDiv(x, y);
                case MOD:
                    if (y == 0) {
                        throw PyErrors.zeroDivisionError(null, "integer modulo by zero");
                    }
                    return Math.floorMod(x, y);
                case POW:
                    return IntOps.pow(x, y);
                case LSHIFT:
                    return IntOps.shiftLeft(x, y);
                case RSHIFT:
                    return IntOps.shiftRight(x, y);
                case AND:
                    return bothBool ? (Object) ((x & y) != 0) : (Object) (x & y);
                case OR:
                    return bothBool ? (Object) ((x | y) != 0) : (Object) (x | y);
                case XOR:
                    return bothBool ? (Object) ((x ^ y) != 0) : (Object) (x ^ y);
                default:
                    return NI;
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    private static Object floatBinary(BinaryOp op, double x, double y) {
        switch (op) {
            case ADD:
                return x + y;
            case SUB:
                return x - y;
            case MUL:
                return x * y;
            case TRUEDIV:
                return FloatOps.divide(x, y);
            case FLOORDIV:
                return FloatOps.floorDiv(x, y);
            case MOD:
                return FloatOps.mod(x, y);
            case POW:
                return FloatOps.pow(x, y);
            default:
                return NI;
        }
    }

    // ---- unary

    @TruffleBoundary
    public static Object negate(Object value) {
        if (value instanceof Long l) {
            return l == Long.MIN_VALUE ? PyBigInt.normalize(BigInteger.valueOf(l).negate()) : (Object) (-l);
        } else if (value instanceof Boolean b) {
            return b ? -1L : 0L;
        } else if (value instanceof Double d) {
            return -d;
        } else if (value instanceof PyBigInt big) {
            return PyBigInt.normalize(big.getValue().negate());
        }
        return userUnary(value, "__neg__", "-");
    }

    @TruffleBoundary
    public static Object positive(Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof PyBigInt) {
            return value;
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return userUnary(value, "__pos__", "+");
    }

    @TruffleBoundary
    public static Object invert(Object value) {
        if (value instanceof Long l) {
            return ~l;
        } else if (value instanceof Boolean b) {
            return b ? -2L : -1L;
        } else if (value instanceof PyBigInt big) {
            return PyBigInt.normalize(big.getValue().not());
        }
        return userUnary(value, "__invert__", "~");
    }

    @TruffleBoundary
    public static Object abs(Object value) {
        if (value instanceof Long l) {
            return l == Long.MIN_VALUE ? PyBigInt.normalize(BigInteger.valueOf(l).negate()) : (Object) Math.abs(l);
        } else if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (value instanceof Double d) {
            return Math.abs(d);
        } else if (value instanceof PyBigInt big) {
            return PyBigInt.normalize(big.getValue().abs());
        }
        if (AttributeOps.isUserInstance(value)) {
            Object method = PyObjects.lookupUserSpecial(PyObjects.typeOf(value), "__abs__");
            if (method != null) {
                return CallSupport.call(method, value);
            }
        }
        throw PyErrors.typeError(null, "bad operand type for abs(): '%s'", PyErrors.typeName(value));
    }

    private static Object userUnary(Object value, String dunder, String symbol) {
        if (AttributeOps.isUserInstance(value)) {
            Object method = PyObjects.lookupUserSpecial(PyObjects.typeOf(value), dunder);
            if (method != null) {
                return CallSupport.call(method, value);
            }
        }
        Object number = InteropValues.foreignNumber(value);
        if (number != value) {
            return switch (symbol) {
                case "-" -> negate(number);
                case "+" -> positive(number);
                default -> invert(number);
            };
        }
        throw PyErrors.unsupportedUnary(null, symbol, value);
    }
}
