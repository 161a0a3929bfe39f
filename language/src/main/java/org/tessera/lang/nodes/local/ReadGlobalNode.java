package org.tessera.lang.nodes.local;

import org.tessera.lang.TesseraContext;
import org.tessera.lang.TesseraTags.GlobalReadTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.GlobalCell;
import org.tessera.lang.runtime.PyModule;
import org.tessera.lang.runtime.exception.PyErrors;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.ReadVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * Reads a global, falling back to builtins. Caches the module's cell and the builtins cell;
 * while the cell that supplies the value stays unchanged (and, for a builtin, the module cell
 * stays empty), the value itself is a compilation constant. A second module seen here (another
 * context running the same code) turns the node generic.
 */
public final class ReadGlobalNode extends PyExpressionNode {
    private final String name;
    private final boolean moduleLevel;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private GlobalCell moduleCell;
    @CompilationFinal private GlobalCell builtinCell;
    @CompilationFinal private Object constant;
    @CompilationFinal private Assumption moduleUnchanged;
    @CompilationFinal private Assumption builtinUnchanged;
    @CompilationFinal private boolean generic;

    public ReadGlobalNode(String name, boolean moduleLevel) {
        this.name = name;
        this.moduleLevel = moduleLevel;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PyModule module = ModuleScope.getGlobals(frame, moduleLevel);
        if (!generic && module == cachedModule) {
            if (constant != null && moduleUnchanged.isValid() && (builtinUnchanged == null || builtinUnchanged.isValid())) {
                return constant;
            }
            Object value = moduleCell.get();
            if (value == null) {
                value = builtinCell.get();
            }
            if (value != null) {
                if (constant != null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    specialize(module);
                }
                return value;
            }
            throw PyErrors.nameError(this, name);
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (cachedModule == null) {
            specialize(module);
            return executeGeneric(frame);
        }
        generic = true;
        return readUncached(module);
    }

    private void specialize(PyModule module) {
        cachedModule = module;
        moduleCell = module.getCell(name);
        builtinCell = TesseraContext.get(this).getBuiltinsModule().getCell(name);
        moduleUnchanged = moduleCell.getUnchangedAssumption();
        Object value = moduleCell.get();
        builtinUnchanged = null;
        if (value == null) {
            builtinUnchanged = builtinCell.getUnchangedAssumption();
            value = builtinCell.get();
        }
        boolean stable = moduleUnchanged.isValid() && (builtinUnchanged == null || builtinUnchanged.isValid());
        constant = stable ? value : null;
    }

    private Object readUncached(PyModule module) {
        Object value = module.get(name);
        if (value == null) {
            value = TesseraContext.get(this).getBuiltinsModule().get(name);
        }
        if (value == null) {
            throw PyErrors.nameError(this, name);
        }
        return value;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == ReadVariableTag.class || tag == GlobalReadTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.readVariable(name);
    }
}
