package org.tessera.lang.nodes.local;

import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.PyCell;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code del name}: unbinds a local, a cell variable or a global. */
public final class DeleteVariableNode extends PyStatementNode {
    public enum Kind {
        LOCAL, CELL, GLOBAL
    }

    private final Kind kind;
    private final int slot;
    private final String name;
    private final boolean moduleLevel;
    /** Unbinding without complaint, as after an {@code except ... as name} clause. */
    private final boolean quiet;

    public DeleteVariableNode(Kind kind, int slot, String name, boolean moduleLevel, boolean quiet) {
        this.kind = kind;
        this.slot = slot;
        this.name = name;
        this.moduleLevel = moduleLevel;
        this.quiet = quiet;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        switch (kind) {
            case LOCAL:
                if (!quiet && frame.getValue(slot) == null) {
                    throw PyErrors.unboundLocal(this, name);
                }
                frame.setObject(slot, null);
                break;
            case CELL:
                PyCell cell = (PyCell) frame.getObject(slot);
                if (!quiet && cell.get() == null) {
                    throw PyErrors.unboundLocal(this, name);
                }
                cell.set(null);
                break;
            default:
                deleteGlobal(ModuleScope.getGlobals(frame, moduleLevel));
        }
    }

    @TruffleBoundary
    private void deleteGlobal(PyModule module) {
        if (!quiet && module.get(name) == null) {
            throw PyErrors.nameError(this, name);
        }
        module.getCell(name).clear();
    }
}
