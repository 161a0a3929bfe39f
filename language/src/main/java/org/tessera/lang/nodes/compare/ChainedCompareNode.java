package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * {@code a < b <= c}: each operand is evaluated once, left to right, and evaluation stops at the
 * first comparison that is false, whose result is the value.
 */
public final class ChainedCompareNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] operands;
    @Children private final ComparisonLink[] links;
    @Children private final ToBooleanNode[] tests;

    /** Applies one comparison to two already evaluated operands. */
    public interface ComparisonLink extends com.oracle.truffle.api.nodes.NodeInterface {
        Object executeWith(VirtualFrame frame, Object left, Object right);

        /** The operator as written: {@code "<"}, {@code "is not"}, {@code "in"}... */
        String getOperatorSymbol();
    }

    public ChainedCompareNode(PyExpressionNode[] operands, ComparisonLink[] links) {
        this.operands = operands;
        this.links = links;
        this.tests = new ToBooleanNode[links.length - 1];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = ToBooleanNodeGen.create(null);
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object left = operands[0].executeGeneric(frame);
        Object result = null;
        for (int i = 0; i < links.length; i++) {
            Object right = operands[i + 1].executeGeneric(frame);
            result = links[i].executeWith(frame, left, right);
            if (i < tests.length && !tests[i].executeWith(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ArithmeticTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("operator", operators());
    }

    private String operators() {
        StringBuilder symbols = new StringBuilder();
        for (ComparisonLink link : links) {
            symbols.append(symbols.length() == 0 ? "" : " ").append(link.getOperatorSymbol());
        }
        return symbols.toString();
    }
}
