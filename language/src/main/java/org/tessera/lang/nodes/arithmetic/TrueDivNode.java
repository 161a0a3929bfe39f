package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.IntOps;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a / b}: always a float for numbers. */
public abstract class TrueDivNode extends PyBinaryNode {
    protected TrueDivNode(boolean inplace) {
        super(BinaryOp.TRUEDIV, inplace);
    }

    @Specialization(guards = "right != 0")
    protected double divLong(long left, long right) {
        return IntOps.trueDivide(left, right);
    }

    @Specialization(guards = "isNonZero(right)")
    protected double divDouble(double left, double right) {
        return left / right;
    }

    @Specialization(guards = "isNonZero(right)")
    protected double divLongDouble(long left, double right) {
        return left / right;
    }

    @Specialization(guards = "right != 0")
    protected double divDoubleLong(double left, long right) {
        return left / right;
    }

    @Fallback
    protected Object divGeneric(Object left, Object right) {
        return generic(left, right);
    }

    protected static boolean isNonZero(double value) {
        return value != 0;
    }
}
