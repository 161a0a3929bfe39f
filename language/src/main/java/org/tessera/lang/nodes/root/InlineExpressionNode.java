package org.tessera.lang.nodes.root;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.interop.InteropValues;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExecutableNode;

/** Inline code a tool runs in a stopped frame: one Python expression, its value for interop. */
public final class InlineExpressionNode extends ExecutableNode {
    @Child private PyExpressionNode expression;

    public InlineExpressionNode(TesseraLanguage language, PyExpressionNode expression) {
        super(language);
        this.expression = expression;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return InteropValues.expose(expression.executeGeneric(frame));
    }
}
