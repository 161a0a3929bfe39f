package org.tessera.lang.nodes.module;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.nodes.PyStatementNode;
import org.tessera.lang.nodes.local.ModuleScope;
import org.tessera.lang.nodes.local.WriteTargetNode;
import org.tessera.lang.runtime.AttributeOps;
import org.tessera.lang.runtime.Location;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.exception.ErrorType;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/** {@code from module import a, b as c}: imports the module, then binds each name. */
public final class ImportFromNode extends PyStatementNode {
    private final String module;
    private final int level;
    private final String[] names;
    @Children private final WriteTargetNode[] targets;

    private final boolean moduleLevel;

    public ImportFromNode(String module, int level, String[] names, WriteTargetNode[] targets, boolean moduleLevel) {
        this.module = module;
        this.level = level;
        this.names = names;
        this.targets = targets;
        this.moduleLevel = moduleLevel;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object[] values = fetch(TesseraContext.get(this), ModuleScope.getGlobals(frame, moduleLevel));
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, values[i]);
        }
    }

    @TruffleBoundary
    private Object[] fetch(TesseraContext context, PyModule importer) {
        return Location.at(this, () -> {
            Object imported = context.importModule(module, level, false, importer);
            Object[] values = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                Object value = AttributeOps.lookup(imported, names[i]);
                if (value == null && imported instanceof PyModule m) {
                    value = context.importSubmodule(m, names[i]);
                }
                if (value == null) {
                    String moduleName = imported instanceof PyModule m ? m.getName() : module;
                    Object file = imported instanceof PyModule m ? m.get("__file__") : null;
                    org.tessera.lang.runtime.exception.PyException e = PyErrors.format(null, ErrorType.ImportError, "cannot import name '%s' from '%s' (%s)", names[i],
                                    moduleName, file instanceof String f ? f : "unknown location");
                    PyErrors.setImportDetails(e, moduleName, file instanceof String ? file : org.tessera.lang.runtime.PyNone.NONE);
                    throw e;
                }
                values[i] = value;
            }
            return values;
        });
    }
}
