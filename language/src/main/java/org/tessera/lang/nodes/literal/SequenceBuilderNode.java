package org.tessera.lang.nodes.literal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Location;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/** Evaluates display elements in order, splicing in starred iterables ({@code *xs}). */
public final class SequenceBuilderNode extends Node {
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    private final boolean hasStars;

    private SequenceBuilderNode(boolean[] starred) {
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.hasStars = any;
    }

    public static SequenceBuilderNode create(boolean[] starred) {
        return new SequenceBuilderNode(starred);
    }

    public boolean hasStars() {
        return hasStars;
    }

    @ExplodeLoop
    public Object[] build(VirtualFrame frame, PyExpressionNode[] elements) {
        return build(frame, elements, null, null);
    }

    /**
     * The elements with starred ones spread; {@code callee} (and {@code method}, a name to look up
     * on it) name the function for the error when a starred call argument is not iterable.
     */
    public Object[] build(VirtualFrame frame, PyExpressionNode[] elements, Object callee, String method) {
        List<Object> items = newList();
        for (int i = 0; i < elements.length; i++) {
            Object value = elements[i].executeGeneric(frame);
            if (starred[i]) {
                addAll(items, value, callee, method);
            } else {
                add(items, value);
            }
        }
        return toArray(items);
    }

    @TruffleBoundary
    private static List<Object> newList() {
        return new ArrayList<>();
    }

    @TruffleBoundary
    private void addAll(List<Object> items, Object iterable, Object callee, String method) {
        Object[] values = Location.at(this, () -> {
            if (!Iteration.isIterable(iterable)) {
                if (callee == null) {
                    throw org.tessera.lang.runtime.exception.PyErrors.typeError(null, "Value after * must be an iterable, not %s",
                                    org.tessera.lang.runtime.exception.PyErrors.typeName(iterable));
                }
                Object function = method == null ? callee : org.tessera.lang.runtime.AttributeOps.lookup(callee, method);
                throw org.tessera.lang.runtime.exception.PyErrors.typeError(null, "%s argument after * must be an iterable, not %s",
                                org.tessera.lang.runtime.CallSupport.functionStr(function), org.tessera.lang.runtime.exception.PyErrors.typeName(iterable));
            }
            return Iteration.toArray(iterable);
        });
        Collections.addAll(items, values);
    }

    @TruffleBoundary
    private static void add(List<Object> items, Object value) {
        items.add(value);
    }

    @TruffleBoundary
    private static Object[] toArray(List<Object> items) {
        return items.toArray();
    }
}
