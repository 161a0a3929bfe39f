package org.tessera.lang.builtins;

import org.tessera.lang.TesseraLanguage;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.root.PyRootNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** The root of a built-in function. Internal: tracebacks and debuggers skip it, as CPython shows no C frames. */
public final class BuiltinRootNode extends PyRootNode {
    @Child private PyExpressionNode body;

    public BuiltinRootNode(TesseraLanguage language, String name, PyExpressionNode body) {
        super(language, null, name, null);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return body.executeGeneric(frame);
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
