package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.BinaryOp;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyBigInt;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * A binary operator. {@link #executeWith} applies it to values already computed, which augmented
 * assignment ({@code a[i] += v}) needs; {@code inplace} selects {@code __iadd__}-style semantics
 * for the general case.
 */
@NodeChild("left")
@NodeChild("right")
public abstract class PyBinaryNode extends PyExpressionNode {
    private final BinaryOp op;
    private final boolean inplace;

    protected PyBinaryNode(BinaryOp op, boolean inplace) {
        this.op = op;
        this.inplace = inplace;
    }

    public abstract Object executeWith(VirtualFrame frame, Object left, Object right);

    /** The general case, for every operand type the specializations do not cover. */
    protected final Object generic(Object left, Object right) {
        return Location.at(this, () -> inplace ? BinaryOps.inplace(op, left, right) : BinaryOps.binary(op, left, right));
    }

    /** Two ints, at least one of them big: the operators below take them without the general case's dispatch. */
    protected static boolean bigInts(Object left, Object right) {
        return (left instanceof PyBigInt || right instanceof PyBigInt) && (left instanceof PyBigInt || left instanceof Long) && (right instanceof PyBigInt || right instanceof Long);
    }

    /** A right operand of {@link #bigInts} that is not zero (so {@code //} and {@code %} cannot raise). */
    protected static boolean nonZero(Object right) {
        return right instanceof PyBigInt || (Long) right != 0L;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    protected static java.math.BigInteger big(Object value) {
        return value instanceof PyBigInt b ? b.getValue() : PyBigInt.toBig((Long) value);
    }

    public final BinaryOp getOp() {
        return op;
    }

    /** The operator as written: {@code "+"}, or {@code "+="} for augmented assignment. */
    public final String getOperatorSymbol() {
        return inplace ? op.symbol + "=" : op.symbol;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("operator", getOperatorSymbol());
    }
}
