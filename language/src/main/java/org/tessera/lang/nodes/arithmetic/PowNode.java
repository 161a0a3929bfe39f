package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.IntOps;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a ** b}. */
public abstract class PowNode extends PyBinaryNode {
    protected PowNode(boolean inplace) {
        super(BinaryOp.POW, inplace);
    }

    @Specialization(guards = "right >= 0")
    protected Object powLong(long left, long right) {
        return IntOps.pow(left, right);
    }

    @Specialization(guards = "isPositive(left)")
    protected double powDouble(double left, double right) {
        return FloatOps.pow(left, right);
    }

    @Specialization(guards = "isPositive(left)")
    protected double powDoubleLong(double left, long right) {
        return FloatOps.pow(left, right);
    }

    @Fallback
    protected Object powGeneric(Object left, Object right) {
        return generic(left, right);
    }

    protected static boolean isPositive(double value) {
        return value > 0;
    }
}
