package org.tessera.lang.nodes.control;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.BlockNode.ElementExecutor;

/** A sequence of statements, run through Truffle's {@code BlockNode} so large bodies compile well. */
public final class BlockNode extends PyStatementNode implements ElementExecutor<PyStatementNode> {
    @Child private com.oracle.truffle.api.nodes.BlockNode<PyStatementNode> block;
    private final PyStatementNode[] statements;

    public BlockNode(PyStatementNode[] statements) {
        this.statements = statements;
        this.block = statements.length > 0 ? com.oracle.truffle.api.nodes.BlockNode.create(statements, this) : null;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (block != null) {
            block.executeVoid(frame, com.oracle.truffle.api.nodes.BlockNode.NO_ARGUMENT);
        }
    }

    @Override
    public void executeVoid(VirtualFrame frame, PyStatementNode node, int index, int argument) {
        node.executeVoid(frame);
    }

    /** The statements, for tools and the REPL. */
    public PyStatementNode[] getStatements() {
        return statements;
    }
}
