package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.BranchTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

/**
 * {@code a and b and c} / {@code a or b or c}: evaluates left to right and yields the first operand
 * that decides the result (or the last one), not a bool.
 */
public final class ShortCircuitNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] operands;
    @Children private final ToBooleanNode[] tests;
    private final boolean isAnd;
    @com.oracle.truffle.api.CompilerDirectives.CompilationFinal(dimensions = 1) private final CountingConditionProfile[] profiles;

    public ShortCircuitNode(PyExpressionNode[] operands, boolean isAnd) {
        this.operands = operands;
        this.isAnd = isAnd;
        this.tests = new ToBooleanNode[operands.length - 1];
        this.profiles = new CountingConditionProfile[operands.length - 1];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = ToBooleanNodeGen.create(null);
            profiles[i] = CountingConditionProfile.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        for (int i = 0; i < tests.length; i++) {
            Object value = operands[i].executeGeneric(frame);
            boolean truth = tests[i].executeWith(value);
            if (profiles[i].profile(truth != isAnd)) {
                return value;
            }
        }
        return operands[operands.length - 1].executeGeneric(frame);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == BranchTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("kind", isAnd ? "and" : "or");
    }
}
