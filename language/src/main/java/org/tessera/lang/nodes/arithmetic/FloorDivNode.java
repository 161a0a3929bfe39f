package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.IntOps;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a // b}: rounds toward negative infinity. */
public abstract class FloorDivNode extends PyBinaryNode {
    protected FloorDivNode(boolean inplace) {
        super(BinaryOp.FLOORDIV, inplace);
    }

    @Specialization(guards = {"right != 0", "!overflows(left, right)"})
    protected long floorDivLong(long left, long right) {
        return Math.floorDiv(left, right);
    }

    /** {@code Long.MIN_VALUE // -1} is the one quotient that does not fit a long. */
    protected static boolean overflows(long left, long right) {
        return left == Long.MIN_VALUE && right == -1;
    }

    @Specialization(guards = {"bigInts(left, right)", "nonZero(right)"})
    protected static Object bigInt(Object left, Object right) {
        return IntOps.floorDiv(big(left), big(right));
    }

    @Fallback
    protected Object floorDivGeneric(Object left, Object right) {
        return generic(left, right);
    }
}
