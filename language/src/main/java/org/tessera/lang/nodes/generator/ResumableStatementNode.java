package org.tessera.lang.nodes.generator;

import org.tessera.lang.nodes.PyStatementNode;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** A statement with a yield inside an expression: starting afresh, it forgets values cached by an earlier run. */
public final class ResumableStatementNode extends PyStatementNode {
    @Child private PyStatementNode statement;
    private final GeneratorState state;
    @CompilationFinal(dimensions = 1) private final int[] cacheSlots;

    public ResumableStatementNode(PyStatementNode statement, GeneratorState state, int[] cacheSlots) {
        this.statement = statement;
        this.state = state;
        this.cacheSlots = cacheSlots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (!state.isResuming(frame)) {
            for (int slot : cacheSlots) {
                frame.setObject(slot, null);
            }
        }
        statement.executeVoid(frame);
    }
}
