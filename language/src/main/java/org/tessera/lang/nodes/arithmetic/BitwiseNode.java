package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.PyBigInt;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code & | ^ << >>} on ints; {@code & | ^} of two bools is a bool. */
public abstract class BitwiseNode extends PyBinaryNode {
    protected BitwiseNode(BinaryOp op, boolean inplace) {
        super(op, inplace);
    }

    @Specialization(guards = "isAndOrXor()")
    protected boolean bitBoolean(boolean left, boolean right) {
        switch (getOp()) {
            case AND:
                return left & right;
            case OR:
                return left | right;
            default:
                return left ^ right;
        }
    }

    @Specialization(guards = "isAndOrXor()")
    protected long bitLong(long left, long right) {
        switch (getOp()) {
            case AND:
                return left & right;
            case OR:
                return left | right;
            default:
                return left ^ right;
        }
    }

    @Specialization(guards = {"isRightShift()", "right >= 0"})
    protected long shiftRightLong(long left, long right) {
        return left >> Math.min(right, 63);
    }

    @Specialization(guards = {"isLeftShift()", "right >= 0"})
    protected Object shiftLeftLong(long left, long right) {
        return IntOps.shiftLeft(left, right);
    }

    protected boolean isAndOrXor() {
        return getOp() == BinaryOp.AND || getOp() == BinaryOp.OR || getOp() == BinaryOp.XOR;
    }

    protected boolean isRightShift() {
        return getOp() == BinaryOp.RSHIFT;
    }

    protected boolean isLeftShift() {
        return getOp() == BinaryOp.LSHIFT;
    }

    @Specialization(guards = {"isRightShift()", "right >= 0"})
    protected static Object shiftRightBig(PyBigInt left, long right) {
        return IntOps.shiftRight(left.getValue(), big(right));
    }

    @Specialization(guards = {"isAndOrXor()", "bigInts(left, right)"})
    protected Object bigInt(Object left, Object right) {
        return switch (getOp()) {
            case AND -> IntOps.and(big(left), big(right));
            case OR -> IntOps.or(big(left), big(right));
            default -> IntOps.xor(big(left), big(right));
        };
    }

    @Fallback
    protected Object bitGeneric(Object left, Object right) {
        return generic(left, right);
    }
}
