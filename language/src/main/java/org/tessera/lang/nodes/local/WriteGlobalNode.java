package org.tessera.lang.nodes.local;

import org.tessera.lang.TesseraTags.GlobalWriteTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.runtime.GlobalCell;
import org.tessera.lang.runtime.PyModule;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags.WriteVariableTag;
import com.oracle.truffle.api.instrumentation.Tag;

/** Assigns a global variable through its cached cell. */
public final class WriteGlobalNode extends WriteTargetNode {
    @Child private PyExpressionNode value;
    private final String name;
    private final boolean moduleLevel;
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private GlobalCell cachedCell;

    public WriteGlobalNode(PyExpressionNode value, String name, boolean moduleLevel) {
        this.value = value;
        this.name = name;
        this.moduleLevel = moduleLevel;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        executeWrite(frame, value.executeGeneric(frame));
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object newValue) {
        PyModule module = ModuleScope.getGlobals(frame, moduleLevel);
        if (module == cachedModule) {
            cachedCell.set(newValue);
            return;
        }
        CompilerDirectives.transferToInterpreterAndInvalidate();
        if (cachedModule == null) {
            cachedModule = module;
            cachedCell = module.getCell(name);
        }
        module.set(name, newValue);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == WriteVariableTag.class || tag == GlobalWriteTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.writeVariable(name);
    }
}
