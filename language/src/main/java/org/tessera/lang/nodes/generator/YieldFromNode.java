package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.CallSupport;
import org.tessera.lang.runtime.Iteration;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyGenerator;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code yield from iterable}: yields everything the sub-iterator yields, passes {@code send}
 * and {@code throw} on to it, and evaluates to its return value. The sub-iterator lives in a
 * frame slot across suspensions.
 */
public final class YieldFromNode extends PyExpressionNode {
    @Child private PyExpressionNode iterable;
    private final GeneratorState state;
    private final int iteratorSlot;
    private final int id;

    public YieldFromNode(PyExpressionNode iterable, GeneratorState state, int iteratorSlot) {
        this.iterable = iterable;
        this.state = state;
        this.iteratorSlot = iteratorSlot;
        this.id = state.newYieldId();
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object sent = PyNone.NONE;
        PyException thrown = null;
        if (state.isResumingAt(frame, id)) {
            state.resumed(frame);
            PyGenerator generator = state.getGenerator(frame);
            thrown = generator.takeThrown();
            sent = generator.takeSent();
        } else {
            Object source = iterable.executeGeneric(frame);
            frame.setObject(iteratorSlot, iterator(source));
        }
        Object[] outcome = step(frame.getObject(iteratorSlot), sent, thrown);
        if (outcome[0] == Boolean.TRUE) {
            frame.setObject(iteratorSlot, null);
            return outcome[1];
        }
        throw new YieldException(outcome[1], id);
    }

    @TruffleBoundary
    private Object iterator(Object source) {
        return Location.at(this, () -> Iteration.getIterator(source));
    }

    /** Advances the sub-iterator: {@code [done, value]} where value is the return value when done. */
    @TruffleBoundary
    private Object[] step(Object iterator, Object sent, PyException thrown) {
        return Location.at(this, () -> {
            try {
                Object value;
                if (thrown != null) {
                    if (iterator instanceof PyGenerator g) {
                        value = g.throwInto(thrown.getPythonException());
                    } else if (PyObjects.typeOf(iterator).lookup("throw") != null) {
                        value = CallSupport.callSpecial(iterator, "throw", thrown.getPythonException());
                    } else {
                        throw thrown;
                    }
                } else if (sent == PyNone.NONE) {
                    value = iterator instanceof PyGenerator g ? g.send(PyNone.NONE) : nextOrStop(iterator);
                } else if (iterator instanceof PyGenerator g) {
                    value = g.send(sent);
                } else {
                    value = CallSupport.callSpecial(iterator, "send", sent);
                }
                return new Object[]{false, value};
            } catch (PyException e) {
                if (PyErrors.isInstance(e.getPythonException(), ErrorType.StopIteration)) {
                    Object result = e.getPythonException().getArgs().size() > 0 ? e.getPythonException().getArgs().get(0) : PyNone.NONE;
                    return new Object[]{true, result};
                }
                throw e;
            }
        });
    }

    private static Object nextOrStop(Object iterator) {
        Object value = Iteration.next(iterator);
        if (value == null) {
            throw PyErrors.raise(null, ErrorType.StopIteration, null);
        }
        return value;
    }
}
