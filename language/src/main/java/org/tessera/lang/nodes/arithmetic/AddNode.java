package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.PyBigInt;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

/** {@code a + b}. */
public abstract class AddNode extends PyBinaryNode {
    protected AddNode(boolean inplace) {
        super(BinaryOp.ADD, inplace);
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected long addLong(long left, long right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "addLong")
    protected Object addLongOverflow(long left, long right) {
        long r = left + right;
        if (((left ^ r) & (right ^ r)) < 0) {
            return IntOps.add(PyBigInt.toBig(left), PyBigInt.toBig(right));
        }
        return r;
    }

    @Specialization
    protected double addDouble(double left, double right) {
        return left + right;
    }

    @Specialization
    protected double addLongDouble(long left, double right) {
        return left + right;
    }

    @Specialization
    protected double addDoubleLong(double left, long right) {
        return left + right;
    }

    @Specialization
    protected String addString(String left, String right) {
        return concat(left, right);
    }

    @TruffleBoundary
    private static String concat(String left, String right) {
        return left.concat(right);
    }

    @Specialization(guards = "bigInts(left, right)")
    protected static Object bigInt(Object left, Object right) {
        return IntOps.add(big(left), big(right));
    }

    @Fallback
    protected Object addGeneric(Object left, Object right) {
        return generic(left, right);
    }
}
