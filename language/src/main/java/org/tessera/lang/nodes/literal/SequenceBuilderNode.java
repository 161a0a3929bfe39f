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
        List<Object> items = newList();
        for (int i = 0; i < elements.length; i++) {
            Object value = elements[i].executeGeneric(frame);
            if (starred[i]) {
                addAll(items, value);
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
    private void addAll(List<Object> items, Object iterable) {
        Object[] values = Location.at(this, () -> Iteration.toArray(iterable));
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
