package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.control.ReturnException;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A Python function: checks the recursion limit, moves the arguments into locals and cells,
 * runs the body and turns {@code return} into the call's value. Frame argument 0 is the
 * function object, then one per parameter slot (see {@link org.tessera.lang.runtime.Signature}).
 */
public final class FunctionRootNode extends PyRootNode {
    @Child private PyStatementNode body;
    private final BranchProfile returnProfile = BranchProfile.create();
    /** The slot where a {@code return} in tail position leaves the value; -1 if there is none. */
    private final int returnSlot;

    public FunctionRootNode(TesseraLanguage language, FrameDescriptor frameDescriptor, String name, SourceSection sourceSection, FunctionPrologueNode prologue,
                    PyStatementNode body, int returnSlot) {
        super(language, frameDescriptor, name, sourceSection);
        this.body = new FunctionBodyNode(prologue, body);
        this.returnSlot = returnSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        TesseraContext context = context(frame);
        if (!context.enterCall()) {
            context.exitCall();
            throw PyErrors.recursionError(null);
        }
        try {
            body.executeVoid(frame);
            if (returnSlot >= 0) {
                Object result = frame.getValue(returnSlot);
                if (result != null) {
                    return result;
                }
            }
            return PyNone.NONE;
        } catch (ReturnException r) {
            returnProfile.enter();
            return r.getResult();
        } catch (StackOverflowError overflow) {
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.recursionError(null);
        } finally {
            context.exitCall();
        }
    }

    /**
     * The running context. Compiled code asks the language (a constant in a single context); the
     * interpreter takes it from the called function (argument 0), which is a field read where
     * the language's thread-local lookup costs a tenth of an interpreted call.
     */
    private TesseraContext context(VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter() && frame.getArguments().length > 0 && frame.getArguments()[0] instanceof org.tessera.lang.runtime.PyFunction function && function.getContext() != null) {
            return function.getContext();
        }
        return TesseraContext.get(this);
    }

    /** The function body, for tools. */
    public Node getBody() {
        return body;
    }
}
