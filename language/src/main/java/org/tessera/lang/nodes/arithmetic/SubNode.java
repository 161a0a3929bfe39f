package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.PyBigInt;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a - b}. */
public abstract class SubNode extends PyBinaryNode {
    protected SubNode(boolean inplace) {
        super(BinaryOp.SUB, inplace);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long subLong(long left, long right) {
        return Math.subtractExact(left, right);
    }

    @Specialization(replaces = "subLong")
    protected Object subLongOverflow(long left, long right) {
        long r = left - right;
        if (((left ^ right) & (left ^ r)) < 0) {
            return IntOps.sub(PyBigInt.toBig(left), PyBigInt.toBig(right));
        }
        return r;
    }

    @Specialization
    protected double subDouble(double left, double right) {
        return left - right;
    }

    @Specialization
    protected double subLongDouble(long left, double right) {
        return left - right;
    }

    @Specialization
    protected double subDoubleLong(double left, long right) {
        return left - right;
    }

    @Specialization(guards = "bigInts(left, right)")
    protected static Object bigInt(Object left, Object right) {
        return IntOps.sub(big(left), big(right));
    }

    @Fallback
    protected Object subGeneric(Object left, Object right) {
        return generic(left, right);
    }
}
