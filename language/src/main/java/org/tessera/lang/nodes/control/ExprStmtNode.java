package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;

/** An expression evaluated for its effect; its value is dropped. */
public final class ExprStmtNode extends PyStatementNode {
    @Child private PyExpressionNode expression;

    public ExprStmtNode(PyExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.executeVoid(frame);
    }

    public PyExpressionNode getExpression() {
        return expression;
    }
}
