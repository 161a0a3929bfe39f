package org.tessera.lang.nodes.generator;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.control.ReturnException;
import org.tessera.lang.nodes.root.PyRootNode;
import org.tessera.lang.runtime.PyGenerator;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;
import org.tessera.lang.runtime.exception.PyException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * One resumption of a generator: runs the body on the generator's saved frame until it yields,
 * returns or raises. A StopIteration escaping the body becomes RuntimeError (PEP 479).
 */
public final class GeneratorBodyRootNode extends PyRootNode {
    @Child private PyStatementNode body;
    private final GeneratorState state;

    public GeneratorBodyRootNode(TesseraLanguage language, String name, SourceSection section, PyStatementNode body, GeneratorState state) {
        super(language, null, name, section);
        this.body = body;
        this.state = state;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyGenerator generator = (PyGenerator) frame.getArguments()[0];
        MaterializedFrame saved = generator.getFrame();
        state.setResumePoint(saved, generator.isStarted() ? generator.getResumePoint() : 0);
        TesseraContext context = TesseraContext.get(this);
        if (!context.enterCall()) {
            context.exitCall();
            throw PyErrors.recursionError(null);
        }
        try {
            body.executeVoid(saved);
            generator.finish(PyNone.NONE);
        } catch (YieldException y) {
            generator.suspend(y.getValue(), y.getYieldId());
        } catch (ReturnException r) {
            generator.finish(r.getResult());
        } catch (PyException e) {
            if (PyErrors.isInstance(e.getPythonException(), ErrorType.StopIteration)) {
                throw stopIterationEscaped(e);
            }
            throw e;
        } finally {
            context.exitCall();
        }
        return PyNone.NONE;
    }

    @TruffleBoundary
    private PyException stopIterationEscaped(PyException e) {
        PyException error = PyErrors.runtimeError(this, "generator raised StopIteration");
        error.getPythonException().setCause(e.getPythonException());
        return error;
    }
}
