package org.tessera.lang.nodes.function;

import org.tessera.lang.TesseraTags.AllocationTag;
import org.tessera.lang.nodes.NodeDescriptor;
import org.tessera.lang.nodes.PyExpressionNode;
import org.tessera.lang.nodes.local.ModuleScope;
import org.tessera.lang.runtime.PyCell;
import org.tessera.lang.runtime.PyCode;
import org.tessera.lang.runtime.PyFunction;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.nodes.ExplodeLoop;

/**
 * {@code def} / {@code lambda}: evaluates the defaults now (Python evaluates them once, at
 * definition), captures the cells of the free variables from this frame, and makes a function.
 */
public final class MakeFunctionNode extends PyExpressionNode {
    private final PyCode code;
    @Children private final PyExpressionNode[] defaults;
    /** One per keyword-only parameter; null where it has no default. */
    @Children private final PyExpressionNode[] kwDefaults;
    @CompilationFinal(dimensions = 1) private final int[] closureSlots;
    private final boolean moduleLevel;
    private final Object doc;

    public MakeFunctionNode(PyCode code, PyExpressionNode[] defaults, PyExpressionNode[] kwDefaults, int[] closureSlots, boolean moduleLevel, Object doc) {
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
        this.moduleLevel = moduleLevel;
        this.doc = doc;
    }

    public PyCode getCode() {
        return code;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].executeGeneric(frame);
        }
        Object[] kwDefaultValues = null;
        if (kwDefaults.length > 0) {
            kwDefaultValues = new Object[kwDefaults.length];
            for (int i = 0; i < kwDefaults.length; i++) {
                kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].executeGeneric(frame);
            }
        }
        PyCell[] closure = null;
        if (closureSlots.length > 0) {
            closure = new PyCell[closureSlots.length];
            for (int i = 0; i < closureSlots.length; i++) {
                closure[i] = (PyCell) frame.getObject(closureSlots[i]);
            }
        }
        PyFunction function = new PyFunction(code, ModuleScope.getGlobals(frame, moduleLevel), defaultValues, kwDefaultValues, closure, org.tessera.lang.TesseraContext.get(this));
        if (doc != null) {
            function.setDoc(doc);
        }
        return function;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == AllocationTag.class || super.hasTag(tag);
    }

    @Override
    public Object getNodeObject() {
        return NodeDescriptor.of("type", "function");
    }
}
