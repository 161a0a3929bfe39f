package org.tessera.lang.nodes.compare;

import org.tessera.lang.TesseraTags.BranchTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * The truth value of an expression, as {@code if}, {@code while}, {@code not} and {@code and/or}
 * test it. The test of a branch ({@link #branch}) is, for tools, a branch decision over the
 * tested expression's source: input 0 is the tested value, the return value the outcome.
 */
@NodeChild("value")
public abstract class ToBooleanNode extends PyExpressionNode {
    /** For the test of a branch, its kind ({@code "if"}, {@code "while"}, {@code "conditional"}); else null. */
    private String branchKind;

    /**
     * The test of a branch of {@code kind}: a ToBooleanNode over {@code test} that carries
     * BranchTag. Keep it in a {@link PyExpressionNode} field (where a tool's wrapper fits) and run
     * it with {@link #outcome}.
     */
    public static PyExpressionNode branch(PyExpressionNode test, String kind) {
        ToBooleanNode node = ToBooleanNodeGen.create(test);
        node.branchKind = kind;
        if (test.hasSource()) {
            node.setSourceRange(test.getSourceStart(), test.getSourceEnd());
        }
        return node;
    }

    public abstract boolean executeBoolean(VirtualFrame frame);

    public abstract boolean executeWith(Object value);

    /** Runs a branch test made by {@link #branch}, also when a tool has wrapped it. */
    public static boolean outcome(PyExpressionNode test, VirtualFrame frame) {
        try {
            return test.executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            throw CompilerDirectives.shouldNotReachHere(e);
        }
    }

    @Specialization
    protected static boolean fromBoolean(boolean value) {
        return value;
    }

    @Specialization
    protected static boolean fromLong(long value) {
        return value != 0;
    }

    @Specialization
    protected static boolean fromDouble(double value) {
        return value != 0;
    }

    @Specialization
    protected static boolean fromString(String value) {
        return !value.isEmpty();
    }

    @Specialization
    protected static boolean fromNone(@SuppressWarnings("unused") PyNone value) {
        return false;
    }

    @Specialization(guards = "value.isExact()")
    protected static boolean fromList(PyList value) {
        return value.size() != 0;
    }

    @Specialization(guards = "value.isExact()")
    protected static boolean fromTuple(PyTuple value) {
        return value.size() != 0;
    }

    @Specialization(guards = "value.isExact()")
    protected static boolean fromDict(PyDict value) {
        return value.size() != 0;
    }

    @Fallback
    protected boolean fromObject(Object value) {
        return Location.at(this, () -> PyObjects.isTrue(value));
    }

    /** A branch test is a branch decision for tools, not a further expression over the same source. */
    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        if (branchKind != null) {
            return tag == BranchTag.class;
        }
        return super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return branchKind == null ? null : NodeDescriptor.of("kind", branchKind);
    }
}
