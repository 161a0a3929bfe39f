package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.FloatOps;
import org.tessera.lang.runtime.IntOps;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a % b}: the result has the sign of {@code b}; on a str, printf-style formatting. */
public abstract class ModNode extends PyBinaryNode {
    protected ModNode(boolean inplace) {
        super(BinaryOp.MOD, inplace);
    }

    @Specialization(guards = "right != 0")
    protected long modLong(long left, long right) {
        return Math.floorMod(left, right);
    }

    @Specialization(guards = "isNonZero(right)")
    protected double modDouble(double left, double right) {
        return FloatOps.mod(left, right);
    }

    @Specialization(guards = {"bigInts(left, right)", "nonZero(right)"})
    protected static Object bigInt(Object left, Object right) {
        return IntOps.mod(big(left), big(right));
    }

    @Fallback
    protected Object modGeneric(Object left, Object right) {
        return generic(left, right);
    }

    protected static boolean isNonZero(double value) {
        return value != 0;
    }
}
