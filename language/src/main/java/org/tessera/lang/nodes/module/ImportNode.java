package org.tessera.lang.nodes.module;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.Location;

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

    public ImportNode(String name, boolean bindTopLevel, int level) {
        this.name = name;
        this.bindTopLevel = bindTopLevel;
        this.level = level;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return importModule(TesseraContext.get(this));
    }

    @TruffleBoundary
    private Object importModule(TesseraContext context) {
        return Location.at(this, () -> context.importModule(name, level, bindTopLevel));
    }
}
