package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The code of a module. Frame argument 0 is the module whose globals it runs in. Returns the
 * value of a final expression statement (what {@code Context.eval} gives its caller), else None.
 */
public final class ModuleRootNode extends PyRootNode {
    @Child private PyStatementNode body;
    @Child private PyExpressionNode result;

    public ModuleRootNode(TesseraLanguage language, FrameDescriptor frameDescriptor, SourceSection section, PyStatementNode body, PyExpressionNode result) {
        super(language, frameDescriptor, "<module>", section);
        this.body = body;
        this.result = result;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        TesseraContext context = TesseraContext.get(this);
        if (!context.enterCall()) {
            context.exitCall();
            throw PyErrors.recursionError(null);
        }
        try {
            body.executeVoid(frame);
            return result == null ? PyNone.NONE : result.executeGeneric(frame);
        } finally {
            context.exitCall();
        }
    }
}
