package org.tessera.lang.nodes.root;

import org.tessera.lang.nodes.local.WriteLocalNode;
import org.tessera.lang.runtime.PyCell;
import org.tessera.lang.runtime.PyFunction;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

/**
 * Sets up a function's frame: parameters into their local slots (typed, through write nodes),
 * captured parameters and other cell variables into fresh cells, free variables from the
 * function's closure.
 */
public final class FunctionPrologueNode extends Node {
    /** Per parameter slot: the write node, or null when the parameter lives in a cell. */
    @Children private final WriteLocalNode[] parameterWrites;
    /** Per parameter slot: the frame slot of its cell, or -1. */
    @CompilationFinal(dimensions = 1) private final int[] parameterCells;
    /** Frame slots of cell variables that are not parameters. */
    @CompilationFinal(dimensions = 1) private final int[] otherCells;
    /** Frame slots receiving the closure's cells, in closure order. */
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;

    public FunctionPrologueNode(WriteLocalNode[] parameterWrites, int[] parameterCells, int[] otherCells, int[] freeSlots) {
        this.parameterWrites = parameterWrites;
        this.parameterCells = parameterCells;
        this.otherCells = otherCells;
        this.freeSlots = freeSlots;
    }

    @ExplodeLoop
    public void execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        for (int i = 0; i < parameterWrites.length; i++) {
            if (parameterCells[i] >= 0) {
                frame.setObject(parameterCells[i], new PyCell(args[i + 1]));
            } else {
                parameterWrites[i].executeWrite(frame, args[i + 1]);
            }
        }
        for (int i = 0; i < otherCells.length; i++) {
            frame.setObject(otherCells[i], new PyCell(null));
        }
        if (freeSlots.length > 0) {
            PyCell[] closure = ((PyFunction) args[0]).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
        }
    }
}
