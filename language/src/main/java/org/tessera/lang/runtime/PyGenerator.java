package org.tessera.lang.runtime;

import org.tessera.lang.nodes.local.FrameScope;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyBaseException;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;
import org.tessera.lang.runtime.iterator.PyIterator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator: the suspended frame of a generator function and the code that resumes it. No
 * thread: resuming runs the body on the saved frame, where the nodes that contain {@code yield}
 * find from frame slots where they were, replay their way back to that point, and continue.
 */
public final class PyGenerator extends PyIterator {
    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    /** What the last resumption produced: the yielded value, or the return value once finished. */
    private Object result;
    private Object sent;
    private PyException thrown;
    private int resumePoint;
    private Object returnValue;

    public PyGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
        Allocations.created(this);
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    /** The value passed by {@code send} to the yield being resumed. */
    public Object takeSent() {
        Object v = sent;
        sent = null;
        return v == null ? PyNone.NONE : v;
    }

    /** The exception {@code throw} passes to the yield being resumed, or null. */
    public PyException takeThrown() {
        PyException t = thrown;
        thrown = null;
        return t;
    }

    /** Called by the body when it runs off its end or returns. */
    public void finish(Object returnValue) {
        finished = true;
        result = returnValue;
    }

    /** Called by the body when it suspends at a yield. */
    public void suspend(Object yielded, int yieldId) {
        result = yielded;
        resumePoint = yieldId;
    }

    /** The yield where the generator is suspended. */
    public int getResumePoint() {
        return resumePoint;
    }

    @Override
    public Object next() {
        if (finished) {
            returnValue = null; // the return value goes with the StopIteration that ended the generator, only
            return null;
        }
        Object value = resume(PyNone.NONE, null);
        if (finished) {
            returnValue = value;
            return null;
        }
        return value;
    }

    /**
     * What the generator returned, once, after {@link #next()} answered exhausted; for the
     * StopIteration that {@code next(gen)} raises.
     */
    public Object takeReturnValue() {
        Object v = returnValue;
        returnValue = null;
        return v == null ? PyNone.NONE : v;
    }

    /** {@code gen.send(value)}: the next yielded value, or StopIteration carrying the return value. */
    @TruffleBoundary
    public Object send(Object value) {
        if (!started && value != PyNone.NONE) {
            throw PyErrors.typeError(null, "can't send non-None value to a just-started generator");
        }
        return resumeOrStop(value, null);
    }

    /** {@code gen.throw(exc)}: raises exc at the suspended yield. */
    @TruffleBoundary
    public Object throwInto(PyBaseException exception) {
        PyException carrier = new PyException(exception, null);
        if (!started || finished) {
            finished = true;
            throw carrier;
        }
        return resumeOrStop(PyNone.NONE, carrier);
    }

    /** {@code gen.close()}: GeneratorExit at the suspended yield; it must not yield again. */
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        PyException exit = PyErrors.raise(null, ErrorType.GeneratorExit, null);
        try {
            resume(PyNone.NONE, exit);
        } catch (PyException e) {
            if (PyErrors.isInstance(e.getPythonException(), ErrorType.GeneratorExit) || PyErrors.isInstance(e.getPythonException(), ErrorType.StopIteration)) {
                return;
            }
            throw e;
        }
        if (!finished) {
            throw PyErrors.runtimeError(null, "generator ignored GeneratorExit");
        }
    }

    private Object resumeOrStop(Object value, PyException exception) {
        if (finished) {
            throw stopIteration(PyNone.NONE);
        }
        Object v = resume(value, exception);
        if (finished) {
            throw stopIteration(v);
        }
        return v;
    }

    public static PyException stopIteration(Object value) {
        PyTuple args = value == PyNone.NONE ? PyTuple.EMPTY : PyTuple.of(value);
        return new PyException(PyErrors.createWithArgs(PyObjects.types().error(ErrorType.StopIteration), args), null);
    }

    private Object resume(Object value, PyException exception) {
        if (running) {
            throw PyErrors.valueError(null, "generator already executing");
        }
        running = true;
        sent = value;
        thrown = exception;
        try {
            body.call(this);
        } catch (PyException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
            started = true;
        }
        return result;
    }

    @Override
    public String getTypeName() {
        return "generator";
    }

    /** Tools see the generator's saved frame (its locals) as {@code gi_frame}, a scope; None once it has finished. */
    @Override
    protected String[] interopMemberNames(boolean includeInternal) {
        return new String[]{"__name__", "__qualname__", "gi_frame"};
    }

    @Override
    protected Object interopMember(String key) {
        return switch (key) {
            case "__name__" -> name;
            case "__qualname__" -> qualname;
            case "gi_frame" -> finished ? PyNone.NONE : FrameScope.ofGenerator(this);
            default -> null;
        };
    }
}
