package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.PyBigInt;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a * b}. */
public abstract class MulNode extends PyBinaryNode {
    protected MulNode(boolean inplace) {
        super(BinaryOp.MUL, inplace);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long mulLong(long left, long right) {
        return Math.multiplyExact(left, right);
    }

    @Specialization(replaces = "mulLong")
    protected Object mulLongOverflow(long left, long right) {
        long hi = Math.multiplyHigh(left, right);
        long lo = left * right;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return IntOps.mul(PyBigInt.toBig(left), PyBigInt.toBig(right));
    }

    @Specialization
    protected double mulDouble(double left, double right) {
        return left * right;
    }

    @Specialization
    protected double mulLongDouble(long left, double right) {
        return left * right;
    }

    @Specialization
    protected double mulDoubleLong(double left, long right) {
        return left * right;
    }

    @Specialization(guards = "bigInts(left, right)")
    protected static Object bigInt(Object left, Object right) {
        return IntOps.mul(big(left), big(right));
    }

    @Fallback
    protected Object mulGeneric(Object left, Object right) {
        return generic(left, right);
    }
}
