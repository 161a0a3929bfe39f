package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.CompareOp;
import org.tessera.lang.runtime.CompareOps;
import org.tessera.lang.runtime.IntOps;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.StrOps;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code == != < <= > >=}. Numbers compare exactly across int and float; NaN is unordered. */
@NodeChild("left")
@NodeChild("right")
public abstract class CompareNode extends PyExpressionNode implements ChainedCompareNode.ComparisonLink {
    private final CompareOp op;

    protected CompareNode(CompareOp op) {
        this.op = op;
    }

    @Override
    public abstract Object executeWith(VirtualFrame frame, Object left, Object right);

    @Specialization
    protected boolean compareLong(long left, long right) {
        switch (op) {
            case EQ:
                return left == right;
            case NE:
                return left != right;
            case LT:
                return left < right;
            case LE:
                return left <= right;
            case GT:
                return left > right;
            default:
                return left >= right;
        }
    }

    @Specialization
    protected boolean compareDouble(double left, double right) {
        switch (op) {
            case EQ:
                return left == right;
            case NE:
                return left != right;
            case LT:
                return left < right;
            case LE:
                return left <= right;
            case GT:
                return left > right;
            default:
                return left >= right;
        }
    }

    @Specialization
    protected boolean compareLongDouble(long left, double right) {
        if (Double.isNaN(right)) {
            return op == CompareOp.NE;
        }
        return op.test(IntOps.compareWithDouble(left, right));
    }

    @Specialization
    protected boolean compareDoubleLong(double left, long right) {
        if (Double.isNaN(left)) {
            return op == CompareOp.NE;
        }
        return op.test(-IntOps.compareWithDouble(right, left));
    }

    @Specialization
    protected boolean compareString(String left, String right) {
        if (op == CompareOp.EQ) {
            return equals(left, right);
        } else if (op == CompareOp.NE) {
            return !equals(left, right);
        }
        return op.test(StrOps.compare(left, right));
    }

    @TruffleBoundary
    private static boolean equals(String left, String right) {
        return left.equals(right);
    }

    @Fallback
    protected Object compareGeneric(Object left, Object right) {
        return Location.at(this, () -> CompareOps.richCompare(left, right, op));
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("operator", getOperatorSymbol());
    }

    @Override
    public String getOperatorSymbol() {
        return op.symbol;
    }
}
