package org.tessera.lang.nodes.control;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyNone;
import org.tessera.lang.runtime.PyObjects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression statement typed at the REPL: its value is echoed with repr unless it is None. */
public final class PrintExprNode extends PyStatementNode {
    @Child private PyExpressionNode expression;

    public PrintExprNode(PyExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = expression.executeGeneric(frame);
        if (value != PyNone.NONE) {
            echo(value);
        }
    }

    @TruffleBoundary
    private void echo(Object value) {
        String text = Location.at(this, () -> PyObjects.repr(value));
        TesseraContext context = TesseraContext.get(this);
        context.getStdout().write(text + "\n");
        context.getBuiltinsModule().set("_", value);
    }
}
