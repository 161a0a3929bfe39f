package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A block containing a yield: records which statement runs, so a replay resumes at that statement. */
public final class GeneratorBlockNode extends PyStatementNode {
    @Children private final PyStatementNode[] statements;
    private final GeneratorState state;
    private final int indexSlot;

    public GeneratorBlockNode(PyStatementNode[] statements, GeneratorState state, int indexSlot) {
        this.statements = statements;
        this.state = state;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = state.isResuming(frame) ? frame.getInt(indexSlot) : 0;
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            frame.setInt(indexSlot, i);
            statements[i].executeVoid(frame);
        }
    }
}
