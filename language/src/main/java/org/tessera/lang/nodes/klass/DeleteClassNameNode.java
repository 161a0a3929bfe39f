package org.tessera.lang.nodes.klass;

import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.runtime.PyDict;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code del name} in a class body. */
public final class DeleteClassNameNode extends PyStatementNode {
    private final int namespaceSlot;
    private final String name;
    private final boolean quiet;

    public DeleteClassNameNode(int namespaceSlot, String name, boolean quiet) {
        this.namespaceSlot = namespaceSlot;
        this.name = name;
        this.quiet = quiet;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        delete((PyDict) frame.getObject(namespaceSlot));
    }

    @TruffleBoundary
    private void delete(PyDict namespace) {
        if (namespace.remove(name) == null && !quiet) {
            throw PyErrors.nameError(this, name);
        }
    }
}
