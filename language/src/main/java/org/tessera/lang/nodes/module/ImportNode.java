package org.tessera.lang.nodes.module;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.ModuleScope;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyModule;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

/**
 * {@code import a.b.c}: yields the module to bind, which is the top package {@code a} unless
 * the statement says {@code as}, when it is {@code a.b.c} itself.
 */
public final class ImportNode extends PyExpressionNode {
    private final String name;
    private final boolean bindTopLevel;
    private final int level;

    private final boolean moduleLevel;

    public ImportNode(String name, boolean bindTopLevel, int level, boolean moduleLevel) {
        this.name = name;
        this.bindTopLevel = bindTopLevel;
        this.level = level;
        this.moduleLevel = moduleLevel;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return importModule(TesseraContext.get(this), ModuleScope.getGlobals(frame, moduleLevel));
    }

    @TruffleBoundary
    private Object importModule(TesseraContext context, PyModule importer) {
        return Location.at(this, () -> context.importModule(name, level, bindTopLevel, importer));
    }
}
