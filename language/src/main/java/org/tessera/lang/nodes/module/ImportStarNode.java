package org.tessera.lang.nodes.module;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.local.ModuleScope;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/** {@code from module import *} (module level only): binds every public name. */
public final class ImportStarNode extends PyStatementNode {
    private final String module;
    private final int level;

    public ImportStarNode(String module, int level) {
        this.module = module;
        this.level = level;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        bindAll(TesseraContext.get(this), ModuleScope.getGlobals(frame, true));
    }

    @TruffleBoundary
    private void bindAll(TesseraContext context, PyModule globals) {
        Location.run(this, () -> {
            PyModule imported = (PyModule) context.importModule(module, level, false, globals);
            for (String name : context.publicNames(imported)) {
                globals.set(name, imported.get(name));
            }
        });
    }
}
