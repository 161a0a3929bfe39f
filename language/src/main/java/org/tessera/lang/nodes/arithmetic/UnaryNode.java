package org.tessera.lang.nodes.arithmetic;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.BinaryOps;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.instrumentation.Tag;

/** Unary {@code -x}, {@code +x} and {@code ~x}. */
@NodeChild("operand")
public abstract class UnaryNode extends PyExpressionNode {
    /** Which unary operator. */
    public enum Kind {
        NEGATE, POSITIVE, INVERT
    }

    protected final Kind kind;

    protected UnaryNode(Kind kind) {
        this.kind = kind;
    }

    @Specialization(guards = {"kind != NEGATE_KIND || operand != MIN"})
    protected long unaryLong(long operand) {
        switch (kind) {
            case NEGATE:
                return -operand;
            case POSITIVE:
                return operand;
            default:
                return ~operand;
        }
    }

    @Specialization(guards = "kind != INVERT_KIND")
    protected double unaryDouble(double operand) {
        return kind == Kind.NEGATE ? -operand : operand;
    }

    protected static final long MIN = Long.MIN_VALUE;
    protected static final Kind NEGATE_KIND = Kind.NEGATE;
    protected static final Kind INVERT_KIND = Kind.INVERT;

    @Fallback
    protected Object unaryGeneric(Object operand) {
        return Location.at(this, () -> switch (kind) {
            case NEGATE -> BinaryOps.negate(operand);
            case POSITIVE -> BinaryOps.positive(operand);
            default -> BinaryOps.invert(operand);
        });
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("operator", kind == Kind.NEGATE ? "-" : kind == Kind.POSITIVE ? "+" : "~");
    }
}
