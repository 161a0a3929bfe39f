package org.tessera.lang.nodes.access;

import java.util.Arrays;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyList;
import org.tessera.lang.runtime.PyTuple;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * {@code a, b, *rest = value}: unpacks an iterable into targets, with at most one starred target
 * collecting the middle as a list. Tuples and lists of the right length need no iterator.
 */
public final class UnpackNode extends WriteTargetNode {
    @Child private PyExpressionNode value;
    @Children private final WriteTargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public UnpackNode(PyExpressionNode value, WriteTargetNode[] targets, int starIndex) {
        this.value = value;
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object iterable) {
        Object[] items;
        if (starIndex < 0 && iterable instanceof PyTuple tuple && tuple.size() == targets.length) {
            items = tuple.getItems();
        } else if (starIndex < 0 && iterable instanceof PyList list && list.size() == targets.length) {
            items = list.getItems();
        } else {
            items = unpack(iterable);
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, items[i]);
        }
    }

    @TruffleBoundary
    private Object[] unpack(Object iterable) {
        return Location.at(this, () -> {
            if (!Iteration.isIterable(iterable)) {
                throw PyErrors.typeError(null, "cannot unpack non-iterable %s object", PyErrors.typeName(iterable));
            }
            Object[] all = Iteration.toArray(iterable);
            int n = targets.length;
            if (starIndex < 0) {
                if (all.length > n) {
                    throw PyErrors.valueError(null, "too many values to unpack (expected %d)", n);
                } else if (all.length < n) {
                    throw PyErrors.valueError(null, "not enough values to unpack (expected %d, got %d)", n, all.length);
                }
                return all;
            }
            int after = n - starIndex - 1;
            if (all.length < n - 1) {
                throw PyErrors.valueError(null, "not enough values to unpack (expected at least %d, got %d)", n - 1, all.length);
            }
            Object[] result = new Object[n];
            System.arraycopy(all, 0, result, 0, starIndex);
            result[starIndex] = new PyList(Arrays.copyOfRange(all, starIndex, all.length - after));
            System.arraycopy(all, all.length - after, result, starIndex + 1, after);
            return result;
        });
    }
}
