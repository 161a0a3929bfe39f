package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.ArithmeticTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;

/** {@code item in container} / {@code not in}. */
@NodeChild("item")
@NodeChild("container")
public abstract class InNode extends PyExpressionNode implements ChainedCompareNode.ComparisonLink {
    private final boolean negated;

    protected InNode(boolean negated) {
        this.negated = negated;
    }

    @Override
    public abstract Object executeWith(VirtualFrame frame, Object item, Object container);

    @Specialization
    protected boolean inString(String item, String container) {
        return contains(container, item) != negated;
    }

    @TruffleBoundary
    private static boolean contains(String container, String item) {
        return container.contains(item);
    }

    @Specialization
    protected boolean inDict(Object item, PyDict container) {
        return Location.at(this, () -> container.containsKey(item)) != negated;
    }

    @Fallback
    protected boolean inGeneric(Object item, Object container) {
        return Location.at(this, () -> Iteration.contains(container, item)) != negated;
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
        return negated ? "not in" : "in";
    }
}
