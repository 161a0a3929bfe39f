package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.PyBigInt;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * {@code a is b} / {@code a is not b}. Ints, floats, bools and strings have no identity of their
 * own here (they are Java values), so equal ones are the same object, as interned ones are in CPython.
 */
@NodeChild("left")
@NodeChild("right")
public abstract class IsNode extends PyExpressionNode implements ChainedCompareNode.ComparisonLink {
    private final boolean negated;

    protected IsNode(boolean negated) {
        this.negated = negated;
    }

    @Override
    public abstract Object executeWith(VirtualFrame frame, Object left, Object right);

    @Specialization
    protected boolean isLong(long left, long right) {
        return (left == right) != negated;
    }

    @Specialization
    protected boolean isBoolean(boolean left, boolean right) {
        return (left == right) != negated;
    }

    @Fallback
    protected boolean isObject(Object left, Object right) {
        return same(left, right) != negated;
    }

    private static boolean same(Object left, Object right) {
        if (left == right) {
            return true;
        }
        if (left instanceof Long || left instanceof Double || left instanceof Boolean || left instanceof String) {
            return left.equals(right);
        }
        if (left instanceof PyBigInt a && right instanceof PyBigInt b) {
            return a.getValue().equals(b.getValue());
        }
        return false;
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
        return negated ? "is not" : "is";
    }
}
